import { useFormContext } from 'react-hook-form';
import { useFieldError } from '../../fields/use-field-error';

type Props = { name: string; label: string; kind: 'text' | 'number'; step?: number | 'any' };

/** One cell of the flavor table: labelled for screen readers, its error right below it. */
export function FlavorCell({ name, label, kind, step }: Props) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = `field-${name}`;
  return (
    <>
      <input
        id={id}
        className="flavor-cell"
        type={kind}
        inputMode={kind === 'number' ? 'decimal' : undefined}
        step={step}
        min={kind === 'number' ? 0 : undefined}
        aria-label={label}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(name, kind === 'number' ? { valueAsNumber: true } : {})}
      />
      {error && (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

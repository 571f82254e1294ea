import { useFormContext } from 'react-hook-form';
import type { SelectOption } from '../fields/select-field';
import { useFieldError } from '../fields/use-field-error';
import { FlavorCell } from './flavors/flavor-cell';

type Props = {
  name: string;
  label: string;
  kind: 'text' | 'number' | 'select';
  step?: number | 'any' | undefined;
  options?: readonly SelectOption[];
};

/** One input of a profile column: a number, text, or a choice, labelled and with its error below. */
export function ProfileCell({ name, label, kind, step, options = [] }: Props) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  if (kind !== 'select')
    return <FlavorCell name={name} label={label} kind={kind} step={step ?? 'any'} />;
  const id = `field-${name}`;
  return (
    <>
      <select
        id={id}
        className="flavor-cell"
        aria-label={label}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register(name)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

import { useFormContext } from 'react-hook-form';
import { FIELD_TEXT, type FieldPath } from './field-catalog';
import { FieldFrame } from './field-frame';
import { useFieldError } from './use-field-error';

type Props = {
  /** The form field's name within its step. */
  name: string;
  /** The document path, for its label, unit and help text. */
  path: FieldPath;
  step?: number | 'any';
  min?: number;
};

export function NumberField({ name, path, step = 'any', min = 0 }: Props) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const text = FIELD_TEXT[path];
  return (
    <FieldFrame id={`field-${name}`} text={text} error={error}>
      {(describedBy, invalid) => (
        <input
          id={`field-${name}`}
          type="number"
          inputMode="decimal"
          step={step}
          min={min}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...register(name, { valueAsNumber: true })}
        />
      )}
    </FieldFrame>
  );
}

import { useFormContext } from 'react-hook-form';
import { FIELD_TEXT, type FieldPath } from './field-catalog';
import { FieldFrame } from './field-frame';
import { useFieldError } from './use-field-error';

export function TextField({ name, path }: { name: string; path: FieldPath }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldFrame id={`field-${name}`} text={FIELD_TEXT[path]} error={error}>
      {(describedBy, invalid) => (
        <input
          id={`field-${name}`}
          type="text"
          autoComplete="off"
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...register(name)}
        />
      )}
    </FieldFrame>
  );
}

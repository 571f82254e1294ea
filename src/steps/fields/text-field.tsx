import { useFormContext } from 'react-hook-form';
import { FIELD_TEXT, type FieldPath } from './field-catalog';
import { FieldFrame } from './field-frame';

export function TextField({ name, path }: { name: string; path: FieldPath }) {
  const { register, formState } = useFormContext();
  const error = formState.errors[name]?.message;
  return (
    <FieldFrame
      id={`field-${name}`}
      text={FIELD_TEXT[path]}
      error={typeof error === 'string' ? error : undefined}
    >
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

import { useFormContext } from 'react-hook-form';
import { FIELD_TEXT, type FieldPath } from './field-catalog';
import { FieldFrame } from './field-frame';
import { useFieldError } from './use-field-error';

/** One choice of a list: the value the document keeps and the words shown for it. */
export type SelectOption<V extends string = string> = { value: V; label: string };

type Props = {
  /** The form field's name within its step. */
  name: string;
  /** The document path, for its label and help text. */
  path: FieldPath;
  options: readonly SelectOption[];
};

export function SelectField({ name, path, options }: Props) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldFrame id={`field-${name}`} text={FIELD_TEXT[path]} error={error}>
      {(describedBy, invalid) => (
        <select
          id={`field-${name}`}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...register(name)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

import { useFormContext } from 'react-hook-form';
import { FIELD_TEXT, type FieldPath } from './field-catalog';

export function CheckboxField({ name, path }: { name: string; path: FieldPath }) {
  const { register } = useFormContext();
  const text = FIELD_TEXT[path];
  const id = `field-${name}`;
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" aria-describedby={`${id}-help`} {...register(name)} />
      <label htmlFor={id}>{text.label}</label>
      <p id={`${id}-help`} className="field__help">
        {text.help}
      </p>
    </div>
  );
}

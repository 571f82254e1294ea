import type { ReactNode } from 'react';
import type { FieldText } from './field-text';

type Props = {
  id: string;
  text: FieldText;
  error: string | undefined;
  children: (describedBy: string, invalid: boolean) => ReactNode;
};

/** Label with its unit above, help text below, and the error read out by screen readers. */
export function FieldFrame({ id, text, error, children }: Props) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {text.label}
        {text.unit && <span className="field__unit"> ({text.unit})</span>}
      </label>
      {children(error ? `${errorId} ${helpId}` : helpId, Boolean(error))}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <p id={helpId} className="field__help">
        {text.help}
      </p>
    </div>
  );
}

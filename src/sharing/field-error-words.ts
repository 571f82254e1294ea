import type { FieldError } from '../design/field-error';
import { fieldLabel } from '../steps/step-form-spec';

/** An error as a person reads it in a notice: the field's label, not its document path. */
export function fieldErrorInWords(error: FieldError): string {
  return error.path === '' ? error.message : `${fieldLabel(error.path)}: ${error.message}`;
}

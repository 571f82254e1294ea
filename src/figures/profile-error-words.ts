import type { FieldError } from '../design/field-error';
import { fieldErrorInWords } from '../sharing/field-error-words';
import { profileFieldLabel } from '../steps/fields/field-catalog-profiles';

/**
 * Why a profile cannot carry the design, as a person reads it: the profile's own input by its
 * label in the profiles table ("Profile 2 Cores per socket"), any other field by its label on its
 * step.
 */
export function profileErrorInWords(error: FieldError): string {
  const label = profileFieldLabel(error.path);
  return label === null ? fieldErrorInWords(error) : `${label}: ${error.message}`;
}

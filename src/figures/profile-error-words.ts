import type { FieldError } from '../design/field-error';
import { fieldErrorInWords } from '../sharing/field-error-words';
import {
  COMPUTE_PROFILE_LABELS,
  STORAGE_PROFILE_LABELS,
} from '../steps/fields/field-catalog-profiles';

const PROFILE_PATH = /^costing\.(profiles|storageProfiles)\[\d+\]\.(.+)$/;

/**
 * Why a profile cannot carry the design, as a person reads it: the profile's own input by its
 * label in the profiles table ("Cores per socket"), any other field by its label on its step.
 */
export function profileErrorInWords(error: FieldError): string {
  const match = PROFILE_PATH.exec(error.path);
  if (!match) return fieldErrorInWords(error);
  const labels = match[1] === 'profiles' ? COMPUTE_PROFILE_LABELS : STORAGE_PROFILE_LABELS;
  // `stickSizesGb[2]` is the stick sizes input; `prices.tdp.cpuW` has a label of its own.
  let key = (match[2] ?? '').replace(/\[\d+\].*$/, '');
  while (!labels[key] && key.includes('.')) key = key.replace(/\.[^.]*$/, '');
  return `${labels[key] ?? 'A value of this profile'}: ${error.message}`;
}

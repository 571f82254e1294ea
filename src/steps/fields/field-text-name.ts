import type { FieldText } from './field-text';

/** The design name's text, on its own so the first step draws without the whole catalogue. */
export const NAME_FIELD_TEXT = {
  label: 'Design name',
  help: 'Printed on the summary and used when the design is saved.',
} as const satisfies FieldText;

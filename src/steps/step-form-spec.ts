import type { FieldValues } from 'react-hook-form';
import type * as z from 'zod/mini';
import type { Design } from '../design/design-schema';
import { parseDesign } from '../design/parse-design';
import { sizeDesign } from '../engine/size-design';
import type { SizedDesign } from '../store/design-slice';
import { FIELD_TEXT } from './fields/field-catalog';
import { profileFieldLabel } from './fields/field-catalog-profiles';

/**
 * What one step's form edits: how its values are read from the design, written back, and which
 * document path each form field stands for (to place whole-design errors on the right input).
 */
export type StepFormSpec<V extends FieldValues> = {
  schema: z.ZodMiniType<V>;
  read: (design: Design) => V;
  write: (design: Design, values: V) => unknown;
  fields: Readonly<Record<string, string>>;
};

export type StepValidation = {
  /** The next design with its sizing, kept so committing it does not size it again. */
  candidate: SizedDesign | null;
  fieldErrors: Record<string, string>;
  /** Errors on fields this step does not show, named by their label (in words, not a path). */
  otherErrors: string[];
};

export function validateStep<V extends FieldValues>(
  spec: StepFormSpec<V>,
  design: Design,
  values: V,
): StepValidation {
  const fieldErrors: Record<string, string> = {};
  const otherErrors: string[] = [];
  const parsedValues = spec.schema.safeParse(values);
  if (!parsedValues.success) {
    for (const issue of parsedValues.error.issues) {
      fieldErrors[issue.path.map(String).join('.')] ??= issue.message;
    }
    return { candidate: null, fieldErrors, otherErrors };
  }

  const place = (errors: readonly { path: string; message: string }[]) => {
    for (const error of errors) {
      const field = fieldForPath(spec.fields, error.path);
      if (field) fieldErrors[field] ??= error.message;
      else otherErrors.push(`${fieldLabel(error.path)}: ${error.message}`);
    }
  };
  const parsed = parseDesign(spec.write(design, parsedValues.data));
  if (!parsed.ok) {
    place(parsed.errors);
    return { candidate: null, fieldErrors, otherErrors };
  }
  const sized = sizeDesign(parsed.design);
  if (!sized.ok) {
    place(sized.errors);
    return { candidate: null, fieldErrors, otherErrors };
  }
  return { candidate: { design: parsed.design, sizing: sized.sizing }, fieldErrors, otherErrors };
}

function fieldForPath(
  fields: Readonly<Record<string, string | undefined>>,
  path: string,
): string | null {
  for (const [field, fieldPath] of Object.entries(fields)) {
    if (!fieldPath) continue;
    if (path === fieldPath || path.startsWith(`${fieldPath}[`) || path.startsWith(`${fieldPath}.`))
      return field;
  }
  return null;
}

/**
 * The label a person reads for a document path. A path below the inputs the catalogue names (an
 * item of a list, a part of a value) is named by the nearest labelled path above it; a server
 * profile's input by its column and row in the profiles tables.
 */
export function fieldLabel(path: string): string {
  const profile = profileFieldLabel(path);
  if (profile !== null) return profile;
  const labels: Readonly<Record<string, { label: string } | undefined>> = FIELD_TEXT;
  for (let rest = path; rest !== ''; rest = rest.replace(/(\[\d+\]|\.?[^.[]*)$/, '')) {
    const text = labels[rest];
    if (text) return text.label;
    if (!/[.[]/.test(rest)) break;
  }
  return path;
}

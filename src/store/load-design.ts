import type { Design } from '../design/design-schema';
import type { FieldError } from '../design/field-error';
import { sizeDesign } from '../engine/size-design';
import type { LoadOptions } from './design-slice';
import { useWizardStore } from './wizard-store';

/**
 * Sizes a design from outside the forms (a link, a file, a saved design, a draft) and puts it in
 * place. One the engine refuses changes nothing: its errors come back for the caller to show.
 * Kept out of the store so the engine loads with the first code that brings a design, not with
 * the first step.
 */
export function loadDesign(design: Design, options: LoadOptions): FieldError[] {
  const result = sizeDesign(design);
  if (!result.ok) return result.errors;
  useWizardStore.getState().loadSizedDesign({ design, sizing: result.sizing }, options);
  return [];
}

/** Sizes an edited design and commits it, as a form does: kept as the draft. */
export function commitDesign(design: Design): FieldError[] {
  const result = sizeDesign(design);
  if (!result.ok) return result.errors;
  useWizardStore.getState().commitSizedDesign({ design, sizing: result.sizing });
  return [];
}

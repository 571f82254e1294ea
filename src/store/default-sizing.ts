import { DEFAULT_DESIGN } from '../design/default-design';
import type { Sizing } from '../engine/report/report-types';
import { sizeDesign } from '../engine/size-design';

/**
 * The book's example design, sized: what the wizard shows before any edit. In a build this
 * module is replaced by the same sizing worked out when the app is built (see
 * `src/prerender/prerender-plugin.ts`), so the first step draws without the engine's code.
 */
function sizeExample(): Sizing {
  const result = sizeDesign(DEFAULT_DESIGN);
  if (!result.ok)
    throw new Error(`the example design does not size: ${JSON.stringify(result.errors)}`);
  return result.sizing;
}

export const DEFAULT_SIZING: Sizing = sizeExample();

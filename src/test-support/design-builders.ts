import { DEFAULT_DESIGN } from '../design/default-design';
import type { Design } from '../design/design-schema';
import { parseDesign } from '../design/parse-design';
import { sizeDesign } from '../engine/size-design';
import type { Sizing } from '../engine/report/report-types';

/** Deep partial, so a test names only the fields it changes. */
export type DesignPatch = {
  [K in keyof Design]?: Design[K] extends readonly unknown[]
    ? Design[K]
    : Design[K] extends object
      ? {
          [L in keyof Design[K]]?: Design[K][L] extends readonly unknown[]
            ? Design[K][L]
            : Partial<Design[K][L]>;
        }
      : Design[K];
};

/** The default design with a patch applied, validated the way the app and the CLI validate. */
export function designWith(patch: DesignPatch = {}): Design {
  const parsed = parseDesign(patch);
  if (!parsed.ok) throw new Error(`test design is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.design;
}

export function sizingOf(patch: DesignPatch = {}): Sizing {
  const result = sizeDesign(designWith(patch));
  if (!result.ok) throw new Error(`test design does not size: ${JSON.stringify(result.errors)}`);
  return result.sizing;
}

export { DEFAULT_DESIGN };

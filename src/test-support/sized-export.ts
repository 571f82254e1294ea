import { DEFAULT_DESIGN } from '../design/default-design';
import type { Design } from '../design/design-schema';
import { sizeDesign } from '../engine/size-design';
import type { ExportInput } from '../export/export-types';

/** A design and its report, as every exporter takes them. */
export function exportInput(design: Design = DEFAULT_DESIGN): ExportInput {
  const result = sizeDesign(design);
  if (!result.ok) throw new Error(`design does not size: ${JSON.stringify(result.errors)}`);
  return { design, report: result.sizing.report, working: result.sizing.working };
}

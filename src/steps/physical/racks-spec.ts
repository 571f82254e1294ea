import { racksSchema } from '../../design/plan-schema';
import { sectionSpec } from '../section-spec';
import type { StepFormSpec } from '../step-form-spec';

const ROLES = ['controller', 'network', 'compute', 'storage'] as const;
const PER_ROLE = ['unitsPerNode', 'wattsPerNode'] as const;

const racksSection = sectionSpec(
  racksSchema,
  'racks',
  (d) => d.racks,
  (d, racks) => ({ ...d, racks }),
);

/**
 * Units and watts are typed per role, one input each (`unitsPerNode.storage`), so errors are
 * placed on those leaves: filed under `unitsPerNode` they would sit on no input at all.
 */
function leafFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  const leaves: Record<string, string> = {};
  for (const [field, path] of Object.entries(fields)) {
    if ((PER_ROLE as readonly string[]).includes(field))
      for (const role of ROLES) leaves[`${field}.${role}`] = `${path}.${role}`;
    else leaves[field] = path;
  }
  return leaves;
}

export const racksSpec: StepFormSpec<ReturnType<typeof racksSection.read>> = {
  ...racksSection,
  fields: leafFields(racksSection.fields),
};

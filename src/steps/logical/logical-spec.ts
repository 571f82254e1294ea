import { logicalSchema } from '../../design/design-schema';
import { sectionSpec } from '../section-spec';

export const logicalSpec = sectionSpec(
  logicalSchema,
  'logical',
  (d) => d.logical,
  (d, logical) => ({ ...d, logical }),
);

import { racksSchema } from '../../design/plan-schema';
import { sectionSpec } from '../section-spec';

export const racksSpec = sectionSpec(
  racksSchema,
  'racks',
  (d) => d.racks,
  (d, racks) => ({ ...d, racks }),
);

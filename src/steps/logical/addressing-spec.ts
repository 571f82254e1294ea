import { addressingSchema } from '../../design/addressing-schema';
import { sectionSpec } from '../section-spec';

export const addressingSpec = sectionSpec(
  addressingSchema,
  'addressing',
  (d) => d.addressing,
  (d, addressing) => ({ ...d, addressing }),
);

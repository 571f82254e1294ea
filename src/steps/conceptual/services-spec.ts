import * as z from 'zod/mini';
import { designSchema } from '../../design/design-schema';
import type { ServiceId } from '../../design/services';
import type { StepFormSpec } from '../step-form-spec';
import {
  OPTIONAL_IDS,
  readServices,
  withOptionalServices,
  writeServices,
  type ServicesValues,
} from './services-values';

const servicesFormSchema: z.ZodMiniType<ServicesValues> = z.object({
  name: designSchema.shape.name,
  optional: z.array(z.enum(OPTIONAL_IDS)),
});

export const servicesSpec: StepFormSpec<ServicesValues> = {
  schema: servicesFormSchema,
  read: readServices,
  write: writeServices,
  fields: { name: 'name', optional: 'conceptual.services' },
};

const STORAGE_IDS = ['blockStorage', 'objectStorage', 'fileShare'] as const;
const storageChoicesSchema = z.object({ storage: z.array(z.enum(STORAGE_IDS)) });
type StorageChoicesForm = z.infer<typeof storageChoicesSchema>;

export const storageChoicesSpec: StepFormSpec<StorageChoicesForm> = {
  schema: storageChoicesSchema,
  read: (d) => ({ storage: STORAGE_IDS.filter((id) => d.conceptual.services.includes(id)) }),
  write: (d, values) => {
    const others = d.conceptual.services.filter(
      (id) => !(STORAGE_IDS as readonly ServiceId[]).includes(id),
    );
    return { ...d, conceptual: { services: withOptionalServices([...others, ...values.storage]) } };
  },
  fields: { storage: 'conceptual.services' },
};

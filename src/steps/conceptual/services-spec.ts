import * as z from 'zod/mini';
import { designSchema } from '../../design/design-schema';
import { REQUIRED_SERVICES, SERVICE_IDS, type ServiceId } from '../../design/services';
import type { StepFormSpec } from '../step-form-spec';

const OPTIONAL_IDS = SERVICE_IDS.filter((id) => !REQUIRED_SERVICES.includes(id));

const servicesFormSchema = z.object({
  name: designSchema.shape.name,
  optional: z.array(z.enum(OPTIONAL_IDS)),
});
type ServicesForm = z.infer<typeof servicesFormSchema>;

/** The required services are not in the form at all: they cannot be unticked. */
export function withOptionalServices(chosen: readonly ServiceId[]): ServiceId[] {
  return SERVICE_IDS.filter((id) => REQUIRED_SERVICES.includes(id) || chosen.includes(id));
}

export const servicesSpec: StepFormSpec<ServicesForm> = {
  schema: servicesFormSchema,
  read: (d) => ({
    name: d.name,
    optional: d.conceptual.services.filter((id) => !REQUIRED_SERVICES.includes(id)),
  }),
  write: (d, values) => ({
    ...d,
    name: values.name,
    conceptual: { services: withOptionalServices(values.optional) },
  }),
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

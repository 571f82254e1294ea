import * as z from 'zod/mini';
import {
  cpuSchema,
  memorySchema,
  networkSchema,
  storageSchema,
  workloadSchema,
  type Design,
} from '../../design/design-schema';
import { sectionSpec } from '../section-spec';
import type { StepFormSpec } from '../step-form-spec';

type Physical = Design['physical'];

function withPhysical<K extends keyof Physical>(key: K) {
  return (design: Design, values: Physical[K]): Design => ({
    ...design,
    physical: { ...design.physical, [key]: values },
  });
}

export const workloadSpec = sectionSpec(
  workloadSchema,
  'physical.workload',
  (d) => d.physical.workload,
  withPhysical('workload'),
);
export const cpuSpec = sectionSpec(
  cpuSchema,
  'physical.cpu',
  (d) => d.physical.cpu,
  withPhysical('cpu'),
);
export const networkSpec = sectionSpec(
  networkSchema,
  'physical.network',
  (d) => d.physical.network,
  withPhysical('network'),
);
export const storageSpec = sectionSpec(
  storageSchema,
  'physical.storage',
  (d) => d.physical.storage,
  withPhysical('storage'),
);

/** Stick sizes are typed as one line of numbers; the document keeps them as a list. */
const memoryFormSchema = z.extend(memorySchema, { stickSizesGb: z.string() });
type MemoryForm = z.infer<typeof memoryFormSchema>;

export function parseStickSizes(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .filter((part) => part !== '')
    .map(Number);
}

export const memorySpec: StepFormSpec<MemoryForm> = {
  ...sectionSpec(
    memoryFormSchema,
    'physical.memory',
    (d) => ({ ...d.physical.memory, stickSizesGb: d.physical.memory.stickSizesGb.join(', ') }),
    (d) => d,
  ),
  write: (design, values) => ({
    ...design,
    physical: {
      ...design.physical,
      memory: { ...values, stickSizesGb: parseStickSizes(values.stickSizesGb) },
    },
  }),
};

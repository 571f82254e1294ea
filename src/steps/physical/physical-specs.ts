import * as z from 'zod/mini';
import {
  cpuSchema,
  memorySchema,
  networkSchema,
  storageSchema,
  workloadSchema,
  type Design,
} from '../../design/design-schema';
import { cephSchema, storageNodeSchema } from '../../design/storage-cluster-schema';
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
/**
 * The storage step edits three sections at once: the compute nodes' drives, the storage nodes and
 * Ceph. Their fields share names (`drivesPerNode`, `driveIops`), so each keeps its section's name
 * in front, as the document does.
 */
const STORAGE_SECTIONS = {
  storage: storageSchema,
  storageNode: storageNodeSchema,
  ceph: cephSchema,
} as const;
const storageFormSchema = z.object(STORAGE_SECTIONS);
type StorageForm = z.infer<typeof storageFormSchema>;

function leafFields(sections: Record<string, z.ZodMiniObject>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [section, schema] of Object.entries(sections))
    for (const key of Object.keys(schema.shape))
      fields[`${section}.${key}`] = `physical.${section}.${key}`;
  return fields;
}

export const storageSpec: StepFormSpec<StorageForm> = {
  schema: storageFormSchema,
  read: (d) => ({
    storage: d.physical.storage,
    storageNode: d.physical.storageNode,
    ceph: d.physical.ceph,
  }),
  write: (d, values) => ({ ...d, physical: { ...d.physical, ...values } }),
  fields: leafFields(STORAGE_SECTIONS),
};

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

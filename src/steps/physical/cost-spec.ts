import * as z from 'zod/mini';
import {
  MAX_PROFILES,
  costingSchema,
  nodePricesSchema,
  profileSchema,
  STARTING_TDP,
  storageProfileSchema,
  tdpSchema,
  type NodePrices,
  type Profile,
} from '../../design/costing-schema';
import { COMPUTE_PROFILE_ROWS, STORAGE_PROFILE_ROWS } from '../fields/field-catalog-profiles';
import type { StepFormSpec } from '../step-form-spec';
import { parseStickSizes } from './physical-specs';

const PERCENT = 'must be a percentage from 0 to 100';
const percent = () =>
  z
    .number({ error: PERCENT })
    .check(z.minimum(0, { error: PERCENT }), z.maximum(100, { error: PERCENT }));

/** The TDP estimate as typed: its idle share as a percentage, like support. */
const tdpFormSchema = z.extend(z.omit(tdpSchema, { idleShare: true }), { idlePercent: percent() });

/**
 * A node's prices as typed: where its power comes from (stated watts or the TDP estimate), and
 * the estimate's inputs kept while the stated watts are chosen, so switching back loses nothing.
 */
const nodePricesFormSchema = z.extend(z.omit(nodePricesSchema, { tdp: true }), {
  powerFrom: z.enum(['watts', 'tdp']),
  tdp: tdpFormSchema,
});

/** A profile as typed: its stick sizes on one line, as on the Memory step. */
const profileFormSchema = z.extend(profileSchema, {
  stickSizesGb: z.string(),
  prices: nodePricesFormSchema,
});

/**
 * A storage profile's drives must fit its bays, said on both inputs, so whichever was typed last
 * carries a message of its own.
 */
const storageProfileFormSchema = storageProfileSchema.check(
  z.refine((p) => p.drivesPerNode <= p.driveBays, {
    error: 'must be at most the drive bays',
    path: ['drivesPerNode'],
  }),
  z.refine((p) => p.drivesPerNode <= p.driveBays, {
    error: 'must be at least the data drives',
    path: ['driveBays'],
  }),
);

/** Support is typed as a percentage; the document keeps it as a share (10 % → 0.1). */
const costFormSchema = z.extend(costingSchema, {
  supportPercent: percent(),
  compute: nodePricesFormSchema,
  profiles: z.array(profileFormSchema),
  storageProfiles: z.array(storageProfileFormSchema),
});
type CostForm = z.infer<typeof costFormSchema>;
type NodePricesForm = z.infer<typeof nodePricesFormSchema>;
export type ProfileForm = z.infer<typeof profileFormSchema>;

const toPercent = (share: number) => Math.round(share * 1e6) / 1e4;

function nodePricesForm({ tdp, ...prices }: NodePrices): NodePricesForm {
  const { idleShare, ...estimate } = tdp ?? STARTING_TDP;
  return {
    ...prices,
    powerFrom: tdp ? 'tdp' : 'watts',
    tdp: { ...estimate, idlePercent: toPercent(idleShare) },
  };
}

function nodePricesOf({ powerFrom, tdp, ...prices }: NodePricesForm): NodePrices {
  if (powerFrom === 'watts') return prices;
  const { idlePercent, ...estimate } = tdp;
  return { ...prices, tdp: { ...estimate, idleShare: idlePercent / 100 } };
}

export function profileForm(profile: Profile): ProfileForm {
  return {
    ...profile,
    stickSizesGb: profile.stickSizesGb.join(', '),
    prices: nodePricesForm(profile.prices),
  };
}

const PRICE_FIELDS = [
  'currency',
  'controllerPrice',
  'networkNodePrice',
  'storageServerPrice',
  'storageDrivePrice',
  'rackPrice',
  'pduPairPrice',
  'switchPairPrice',
  'kwhPrice',
  'pue',
] as const;
const NODE_PRICE_FIELDS = [
  'serverPrice',
  'ramPricePerGb',
  'drivePrice',
  'nicPrice',
  'wattsIdle',
  'stickPrices',
] as const;
const TDP_FIELDS = ['cpuW', 'stickW', 'driveW', 'baseW'] as const;
const PROFILE_KEYS = [
  ...COMPUTE_PROFILE_ROWS.map((r) => r.key),
  ...NODE_PRICE_FIELDS.map((key) => `prices.${key}`),
];
const STORAGE_PROFILE_KEYS = STORAGE_PROFILE_ROWS.map((r) => r.key);

function fieldsOf(): Record<string, string> {
  const fields: Record<string, string> = { supportPercent: 'costing.supportShare' };
  for (const key of PRICE_FIELDS) fields[key] = `costing.${key}`;
  for (const key of NODE_PRICE_FIELDS) fields[`compute.${key}`] = `costing.compute.${key}`;
  for (const key of TDP_FIELDS) fields[`compute.tdp.${key}`] = `costing.compute.tdp.${key}`;
  fields['compute.tdp.idlePercent'] = 'costing.compute.tdp.idleShare';
  // Each profile's inputs before the lists, so an error the whole design finds on one (a stick
  // size that is not a number) lands on its cell.
  for (let i = 0; i < MAX_PROFILES; i++) {
    for (const key of PROFILE_KEYS)
      fields[`profiles.${i}.${key}`] = `costing.profiles[${i}].${key}`;
    for (const key of TDP_FIELDS)
      fields[`profiles.${i}.prices.tdp.${key}`] = `costing.profiles[${i}].prices.tdp.${key}`;
    fields[`profiles.${i}.prices.tdp.idlePercent`] = `costing.profiles[${i}].prices.tdp.idleShare`;
    for (const key of STORAGE_PROFILE_KEYS)
      fields[`storageProfiles.${i}.${key}`] = `costing.storageProfiles[${i}].${key}`;
  }
  fields['profiles'] = 'costing.profiles';
  fields['storageProfiles'] = 'costing.storageProfiles';
  return fields;
}

export const costSpec: StepFormSpec<CostForm> = {
  schema: costFormSchema,
  read: (d) => ({
    ...d.costing,
    supportPercent: toPercent(d.costing.supportShare),
    compute: nodePricesForm(d.costing.compute),
    profiles: d.costing.profiles.map(profileForm),
  }),
  write: (d, { supportPercent, compute, profiles, ...costing }) => ({
    ...d,
    costing: {
      ...costing,
      supportShare: supportPercent / 100,
      compute: nodePricesOf(compute),
      profiles: profiles.map((p) => ({
        ...p,
        stickSizesGb: parseStickSizes(p.stickSizesGb),
        prices: nodePricesOf(p.prices),
      })),
    },
  }),
  fields: fieldsOf(),
};

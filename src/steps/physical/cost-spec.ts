import * as z from 'zod/mini';
import {
  MAX_PROFILES,
  costingSchema,
  nodePricesSchema,
  profileSchema,
  STARTING_TDP,
  storageTdpSchema,
  tdpSchema,
  type NodePrices,
  type Profile,
} from '../../design/costing-schema';
import { COMPUTE_PROFILE_ROWS, STORAGE_PROFILE_ROWS } from '../fields/field-catalog-profiles';
import type { StepFormSpec } from '../step-form-spec';
import { parseStickSizes } from './physical-specs';
import {
  storagePowerForm,
  storagePowerFromSchema,
  storageProfileForm,
  storageProfileFormSchema,
  storageProfileOf,
  storageTdpOf,
} from './storage-power-form';

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
 * Support is typed as a percentage; the document keeps it as a share (10 % → 0.1). The storage
 * node's power, like the compute node's, is a choice with the estimate's inputs kept beside it.
 */
const costFormSchema = z.extend(costingSchema, {
  supportPercent: percent(),
  compute: nodePricesFormSchema,
  storagePowerFrom: storagePowerFromSchema,
  storageTdp: storageTdpSchema,
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
const STORAGE_TDP_FIELDS = ['cpuW', 'driveW', 'baseW'] as const;
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
  for (const key of STORAGE_TDP_FIELDS) fields[`storageTdp.${key}`] = `costing.storageTdp.${key}`;
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
    for (const key of STORAGE_TDP_FIELDS)
      fields[`storageProfiles.${i}.tdp.${key}`] = `costing.storageProfiles[${i}].tdp.${key}`;
  }
  fields['profiles'] = 'costing.profiles';
  fields['storageProfiles'] = 'costing.storageProfiles';
  return fields;
}

export const costSpec: StepFormSpec<CostForm> = {
  schema: costFormSchema,
  read: (d) => {
    const { storageTdp, ...costing } = d.costing;
    const storage = storagePowerForm(storageTdp, d.physical.storageNode.driveKind);
    return {
      ...costing,
      supportPercent: toPercent(costing.supportShare),
      compute: nodePricesForm(costing.compute),
      storagePowerFrom: storage.powerFrom,
      storageTdp: storage.tdp,
      profiles: costing.profiles.map(profileForm),
      storageProfiles: costing.storageProfiles.map(storageProfileForm),
    };
  },
  write: (
    d,
    {
      supportPercent,
      compute,
      profiles,
      storageProfiles,
      storagePowerFrom,
      storageTdp,
      ...costing
    },
  ) => {
    const estimate = storageTdpOf(storagePowerFrom, storageTdp);
    return {
      ...d,
      costing: {
        ...costing,
        ...(estimate ? { storageTdp: estimate } : {}),
        storageProfiles: storageProfiles.map(storageProfileOf),
        supportShare: supportPercent / 100,
        compute: nodePricesOf(compute),
        profiles: profiles.map((p) => ({
          ...p,
          stickSizesGb: parseStickSizes(p.stickSizesGb),
          prices: nodePricesOf(p.prices),
        })),
      },
    };
  },
  fields: fieldsOf(),
};

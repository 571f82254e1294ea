import * as z from 'zod/mini';
import { costingSchema, profileSchema, type Profile } from '../../design/costing-schema';
import type { StepFormSpec } from '../step-form-spec';
import { parseStickSizes } from './physical-specs';

const PERCENT = 'must be a percentage from 0 to 100';

/** A profile as typed: its stick sizes on one line, as on the Memory step. */
const profileFormSchema = z.extend(profileSchema, { stickSizesGb: z.string() });

/** Support is typed as a percentage; the document keeps it as a share (10 % → 0.1). */
const costFormSchema = z.extend(costingSchema, {
  supportPercent: z
    .number({ error: PERCENT })
    .check(z.minimum(0, { error: PERCENT }), z.maximum(100, { error: PERCENT })),
  profiles: z.array(profileFormSchema),
});
type CostForm = z.infer<typeof costFormSchema>;
export type ProfileForm = z.infer<typeof profileFormSchema>;

export function profileForm(profile: Profile): ProfileForm {
  return { ...profile, stickSizesGb: profile.stickSizesGb.join(', ') };
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
] as const;

function fieldsOf(): Record<string, string> {
  const fields: Record<string, string> = { supportPercent: 'costing.supportShare' };
  for (const key of PRICE_FIELDS) fields[key] = `costing.${key}`;
  for (const key of NODE_PRICE_FIELDS) fields[`compute.${key}`] = `costing.compute.${key}`;
  fields['compute.stickPrices'] = 'costing.compute.stickPrices';
  fields['profiles'] = 'costing.profiles';
  return fields;
}

export const costSpec: StepFormSpec<CostForm> = {
  schema: costFormSchema,
  read: (d) => ({
    ...d.costing,
    supportPercent: Math.round(d.costing.supportShare * 1e6) / 1e4,
    profiles: d.costing.profiles.map(profileForm),
  }),
  write: (d, { supportPercent, profiles, ...costing }) => ({
    ...d,
    costing: {
      ...costing,
      supportShare: supportPercent / 100,
      profiles: profiles.map((p) => ({ ...p, stickSizesGb: parseStickSizes(p.stickSizesGb) })),
    },
  }),
  fields: fieldsOf(),
};

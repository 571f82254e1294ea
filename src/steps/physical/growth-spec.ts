import { z } from 'zod';
import { planSchema } from '../../design/plan-schema';
import type { StepFormSpec } from '../step-form-spec';

/** Growth is typed as a percentage; the document keeps it as a share (10 % → 0.1). */
const growthFormSchema = z.object({
  growthPercent: z
    .number({ error: 'must be a percentage from 0 to 200' })
    .min(0, { error: 'must be a percentage from 0 to 200' })
    .max(200, { error: 'must be a percentage from 0 to 200' }),
  horizonYears: planSchema.shape.horizonYears,
  buyForYear: planSchema.shape.buyForYear,
});
type GrowthForm = z.infer<typeof growthFormSchema>;

export const growthSpec: StepFormSpec<GrowthForm> = {
  schema: growthFormSchema,
  read: (d) => ({
    growthPercent: Math.round(d.plan.growthPerYear * 1e6) / 1e4,
    horizonYears: d.plan.horizonYears,
    buyForYear: d.plan.buyForYear,
  }),
  write: (d, v) => ({
    ...d,
    plan: {
      growthPerYear: v.growthPercent / 100,
      horizonYears: v.horizonYears,
      buyForYear: v.buyForYear,
    },
  }),
  fields: {
    growthPercent: 'plan.growthPerYear',
    horizonYears: 'plan.horizonYears',
    buyForYear: 'plan.buyForYear',
  },
};

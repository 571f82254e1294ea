import * as z from 'zod/mini';
import { planSchema } from '../../design/plan-schema';
import type { StepFormSpec } from '../step-form-spec';

const PERCENT = 'must be a percentage from 0 to 200';

/** Growth is typed as a percentage; the document keeps it as a share (10 % → 0.1). */
const growthFormSchema = z.object({
  growthPercent: z
    .number({ error: PERCENT })
    .check(z.minimum(0, { error: PERCENT }), z.maximum(200, { error: PERCENT })),
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

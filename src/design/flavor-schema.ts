import * as z from 'zod/mini';
import { LIMITS, MINIMUMS, numberAtLeast, text, wholeNumber } from './field-rules';

/**
 * One instance flavor, as Nova defines it, plus what a Nova flavor leaves out but sizing needs:
 * the compute units each vCPU stands for, the persistent volumes and the bandwidth of one instance.
 */
export const flavorSchema = z.strictObject({
  name: text(1, 40),
  vcpus: wholeNumber(1, LIMITS.vcpus),
  ghzPerVcpu: numberAtLeast(MINIMUMS.ghz, LIMITS.ghz),
  ramGb: numberAtLeast(MINIMUMS.ramGb, LIMITS.ramGb),
  ephemeralGb: numberAtLeast(0, LIMITS.diskGb),
  persistentGb: numberAtLeast(0, LIMITS.diskGb),
  mbps: numberAtLeast(MINIMUMS.mbps, LIMITS.mbps),
  count: wholeNumber(0, LIMITS.vms),
});

/** Empty: the workload is the book's single average VM (`vms`, `ghzPerVm`, …). */
export const flavorListSchema = z
  .array(flavorSchema, { error: 'must be a list of flavors' })
  .check(z.maxLength(LIMITS.flavors, { error: `must list at most ${LIMITS.flavors} flavors` }));

export type Flavor = z.infer<typeof flavorSchema>;

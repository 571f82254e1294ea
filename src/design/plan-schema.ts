import * as z from 'zod/mini';
import { LIMITS, MINIMUMS, flag, numberAtLeast, wholeNumber } from './field-rules';

/** Growth over the years the cloud is planned for. */
export const planSchema = z.strictObject({
  growthPerYear: numberAtLeast(0, LIMITS.growthPerYear),
  horizonYears: wholeNumber(0, LIMITS.years),
  buyForYear: wholeNumber(0, LIMITS.years),
});

const perRole = <T extends z.ZodMiniType>(rule: () => T) =>
  z.strictObject({ controller: rule(), network: rule(), compute: rule(), storage: rule() });

/** Racks, power and the top-of-rack switch pair every rack carries (the book's MLAG pair). */
export const racksSchema = z.strictObject({
  unitsPerRack: wholeNumber(1, LIMITS.rackUnits),
  unitsPerNode: perRole(() => wholeNumber(1, LIMITS.rackUnits)),
  wattsPerNode: perRole(() => numberAtLeast(MINIMUMS.watts, LIMITS.watts)),
  powerBudgetWattsPerRack: numberAtLeast(MINIMUMS.watts, LIMITS.watts),
  unitsPerSwitch: wholeNumber(0, LIMITS.rackUnits),
  wattsPerSwitch: numberAtLeast(0, LIMITS.watts),
  portsPerSwitch: wholeNumber(1, LIMITS.ports),
  uplinkPortsPerSwitch: wholeNumber(0, LIMITS.ports),
  surviveRackLoss: flag(),
});

export type Plan = z.infer<typeof planSchema>;
export type RacksSpec = z.infer<typeof racksSchema>;

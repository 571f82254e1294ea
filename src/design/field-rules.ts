import * as z from 'zod/mini';

/**
 * Field rules shared by the document schema and the wizard's forms, so a value is judged the same
 * way everywhere and the message names the rule that was broken.
 */
// One formatter for every rule: a new one per rule cost milliseconds while the page loads.
const LIMIT_FORMAT = new Intl.NumberFormat('en-US');
const formatLimit = (n: number) => LIMIT_FORMAT.format(n);

export function wholeNumber(min: number, max: number) {
  const rule = `must be a whole number ≥ ${formatLimit(min)}`;
  return z
    .int({ error: rule })
    .check(
      z.minimum(min, { error: rule }),
      z.maximum(max, { error: `must be at most ${formatLimit(max)}` }),
    );
}

export function numberAtLeast(min: number, max: number) {
  const rule = `must be a number ≥ ${formatLimit(min)}`;
  return z
    .number({ error: rule })
    .check(
      z.minimum(min, { error: rule }),
      z.maximum(max, { error: `must be at most ${formatLimit(max)}` }),
    );
}

export function share() {
  const rule = 'must be a number from 0 to 1';
  return z
    .number({ error: rule })
    .check(z.minimum(0, { error: rule }), z.maximum(1, { error: rule }));
}

export function flag() {
  return z.boolean({ error: 'must be true or false' });
}

export function text(minLength: number, maxLength: number) {
  const tooShort =
    minLength <= 1 ? 'must not be empty' : `must be at least ${formatLimit(minLength)} characters`;
  return z
    .string({ error: 'must be text' })
    .check(
      z.minLength(minLength, { error: tooShort }),
      z.maxLength(maxLength, { error: `must be at most ${formatLimit(maxLength)} characters` }),
    );
}

/**
 * Lower bounds where a tiny positive value means nothing and would only overflow a division
 * (1e-300 GHz per core, a hyper-threading factor below one thread per core): every figure stays
 * finite for every value the schema accepts.
 */
export const MINIMUMS = {
  ghz: 0.01,
  ghzPerCore: 0.1,
  ramGb: 0.01,
  mbps: 0.01,
  hyperThreading: 1,
  ratio: 0.1,
  stickGb: 0.5,
  nicGbps: 0.01,
  watts: 1,
  driveTb: 0.01,
  storageNodeRamGb: 1,
  osdMemoryGb: 0.1,
} as const;

/** Upper bounds keep every figure a finite, exactly representable number. */
export const LIMITS = {
  vms: 10_000_000,
  nodes: 100_000,
  tenants: 1_000_000,
  perTenant: 1_000,
  ghz: 1_000,
  ramGb: 1_000_000,
  mbps: 10_000_000,
  diskGb: 1_000_000_000,
  objectTb: 1_000_000_000,
  cores: 1_024,
  ratio: 1_000,
  slots: 1_024,
  stickGb: 65_536,
  nicGbps: 10_000,
  links: 64,
  drives: 1_024,
  iops: 100_000_000,
  replicas: 20,
  flavors: 100,
  vcpus: 1_024,
  growthPerYear: 2,
  years: 10,
  rackUnits: 100,
  watts: 1_000_000,
  ports: 1_024,
} as const;

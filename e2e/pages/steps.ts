/** The wizard's step headings, in order, as a person reads them in the stepper. */
export const STEP_TITLES = [
  'Service classes',
  'Node roles & HA',
  'Network mode',
  'Storage choices',
  'Addressing plan',
  'Workload',
  'CPU',
  'Memory',
  'Network & IPs',
  'Storage & IOPS',
  'Growth',
  'Racks & power',
  'Servers & cost',
  'Results',
] as const;

/** The steps' ids in the address (`#s=<id>`), in the order of STEP_TITLES. */
export const STEP_IDS = [
  'services',
  'nodes',
  'networking',
  'storage-choices',
  'addressing',
  'workload',
  'cpu',
  'memory',
  'network',
  'storage',
  'growth',
  'racks',
  'cost',
  'results',
] as const;

/** The headings met with Next, from the step after `from` up to and including `to`. */
export function stepsBetween(
  from: (typeof STEP_TITLES)[number],
  to: (typeof STEP_TITLES)[number],
): string[] {
  return STEP_TITLES.slice(STEP_TITLES.indexOf(from) + 1, STEP_TITLES.indexOf(to) + 1);
}

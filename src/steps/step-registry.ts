/** The wizard's steps in order, grouped by the book's three design phases. */
export const PHASES = [
  { id: 'conceptual', title: 'Conceptual' },
  { id: 'logical', title: 'Logical' },
  { id: 'physical', title: 'Physical' },
  { id: 'results', title: 'Results' },
] as const;

export type PhaseId = (typeof PHASES)[number]['id'];

export const STEPS = [
  { id: 'services', phase: 'conceptual', title: 'Service classes' },
  { id: 'nodes', phase: 'logical', title: 'Node roles & HA' },
  { id: 'networking', phase: 'logical', title: 'Network mode' },
  { id: 'storage-choices', phase: 'logical', title: 'Storage choices' },
  { id: 'addressing', phase: 'logical', title: 'Addressing plan' },
  { id: 'workload', phase: 'physical', title: 'Workload' },
  { id: 'cpu', phase: 'physical', title: 'CPU' },
  { id: 'memory', phase: 'physical', title: 'Memory' },
  { id: 'network', phase: 'physical', title: 'Network & IPs' },
  { id: 'storage', phase: 'physical', title: 'Storage & IOPS' },
  { id: 'growth', phase: 'physical', title: 'Growth' },
  { id: 'racks', phase: 'physical', title: 'Racks & power' },
  { id: 'cost', phase: 'physical', title: 'Servers & cost' },
  { id: 'results', phase: 'results', title: 'Results' },
] as const satisfies readonly { id: string; phase: PhaseId; title: string }[];

export type StepId = (typeof STEPS)[number]['id'];

export const FIRST_STEP: StepId = 'services';

export function isStepId(value: string): value is StepId {
  return STEPS.some((s) => s.id === value);
}

export function stepIndex(id: StepId): number {
  return STEPS.findIndex((s) => s.id === id);
}

export function neighbourStep(id: StepId, offset: -1 | 1): StepId | null {
  return STEPS[stepIndex(id) + offset]?.id ?? null;
}

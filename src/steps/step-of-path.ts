import type { StepId } from './step-registry';

/**
 * The step that holds each part of the document, most specific first: the network mode and the
 * tenants sit on their own step although the same form section holds the node roles.
 */
const STEP_PATHS: readonly (readonly [StepId, readonly string[]])[] = [
  [
    'networking',
    [
      'logical.networkMode',
      'logical.tenants',
      'logical.routersPerTenant',
      'logical.networksPerTenant',
    ],
  ],
  ['nodes', ['logical']],
  ['services', ['name', 'conceptual']],
  ['workload', ['physical.workload']],
  ['cpu', ['physical.cpu']],
  ['memory', ['physical.memory']],
  ['network', ['physical.network']],
  ['storage', ['physical.storage', 'physical.storageNode', 'physical.ceph']],
  ['growth', ['plan']],
  ['racks', ['racks']],
  ['cost', ['costing']],
];

/** The step where the field at a document path is edited; null for a path no step shows. */
export function stepOfPath(path: string): StepId | null {
  for (const [step, prefixes] of STEP_PATHS)
    for (const prefix of prefixes)
      if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`))
        return step;
  return null;
}

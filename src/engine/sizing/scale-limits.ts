import type { Design } from '../../design/design-schema';
import type { FieldError } from '../../design/field-error';
import { LIMITS } from '../../design/field-rules';
import { readable } from '../report/readable';

/**
 * The most nodes of one role the engine plans: ten times the most a person may type for a role
 * (LIMITS.nodes). Past it a design is not a cloud anyone builds but a slip of a few digits
 * (a nearfull ratio of 1e-300 asks for 1e300 storage nodes), and planning racks, OSDs and parts
 * for it would only cost time: it comes back as errors on the fields that drive the count, which
 * keeps every sizing bounded.
 */
export const MAX_PLANNED_NODES = 10 * LIMITS.nodes;

export type PlannedCounts = { compute: number; storage: number };

/** Errors for a role whose count is past MAX_PLANNED_NODES. */
export function scaleErrors(design: Design, counts: PlannedCounts): FieldError[] {
  const errors: FieldError[] = [];
  const most = readable(MAX_PLANNED_NODES);
  // A slip of many digits asks for a 300-digit count: past a trillion the count itself says nothing.
  const count = (n: number) => (n < 1e12 ? readable(n) : 'more than a trillion');
  const tooMany = (role: string, needed: number) =>
    `the design needs ${count(needed)} ${role} nodes, more than the ${most} the wizard plans for one role`;
  if (!(counts.compute <= MAX_PLANNED_NODES)) {
    const message = `${tooMany('compute', counts.compute)}: fewer instances or larger nodes`;
    errors.push({ path: instancesPath(design), message });
  }
  if (!(counts.storage <= MAX_PLANNED_NODES)) {
    const message = `${tooMany('storage', counts.storage)}: larger drives, more drives per node or a higher nearfull ratio`;
    for (const path of [
      'physical.storageNode.driveTb',
      'physical.storageNode.drivesPerNode',
      'physical.ceph.nearfullRatio',
    ])
      errors.push({ path, message });
  }
  return errors;
}

/** The field that holds most of the instances: the VM count, or the largest flavor's count. */
function instancesPath(design: Design): string {
  const { flavors } = design.physical.workload;
  if (flavors.length === 0) return 'physical.workload.vms';
  let largest = 0;
  flavors.forEach((flavor, i) => {
    if (flavor.count > (flavors[largest]?.count ?? 0)) largest = i;
  });
  return `physical.workload.flavors[${largest}].count`;
}

import type { Design } from './design-schema';
import type { FieldError } from './field-error';
import { LIMITS } from './field-rules';
import { nicsPerNodeOf } from './node-nics';
import { readable } from '../engine/report/readable';

const ROLES = ['controller', 'network', 'compute', 'storage'] as const;

/** Checks across the flavor list, the growth plan and the racks that one field cannot make. */
export function checkPlanFields(design: Design): FieldError[] {
  return [
    ...checkFlavors(design),
    ...checkGrowth(design),
    ...checkRacks(design),
    ...checkStorageCluster(design),
  ];
}

/** Drives within the bays, Ceph's ratios in their order, erasure codes with both k and m. */
function checkStorageCluster(design: Design): FieldError[] {
  const { storageNode, ceph } = design.physical;
  const errors: FieldError[] = [];
  if (storageNode.drivesPerNode > storageNode.driveBays)
    errors.push({
      path: 'physical.storageNode.drivesPerNode',
      message: `must be ≤ the ${readable(storageNode.driveBays)} drive bays of a storage node`,
    });
  if (ceph.backfillfullRatio <= ceph.nearfullRatio)
    errors.push({
      path: 'physical.ceph.backfillfullRatio',
      message: `must be above the nearfull ratio (${ceph.nearfullRatio}), as Ceph requires`,
    });
  if (ceph.nearfullRatio <= 0)
    errors.push({ path: 'physical.ceph.nearfullRatio', message: 'must be above 0' });
  for (const kind of ['block', 'object'] as const) {
    const k = ceph[`${kind}EcK`];
    const m = ceph[`${kind}EcM`];
    if ((k === 0) !== (m === 0))
      errors.push({
        path: `physical.ceph.${kind}EcM`,
        message: 'must be 0 with replication (data chunks 0), and at least 1 with erasure coding',
      });
  }
  return errors;
}

function checkFlavors(design: Design): FieldError[] {
  const { flavors } = design.physical.workload;
  if (flavors.length === 0) return [];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  flavors.forEach((flavor, i) => {
    if (seen.has(flavor.name))
      errors.push({
        path: `physical.workload.flavors[${i}].name`,
        message: `must differ from the other flavors' names ("${flavor.name}" is listed twice)`,
      });
    seen.add(flavor.name);
  });
  const instances = flavors.reduce((sum, f) => sum + f.count, 0);
  if (instances < 1)
    errors.push({ path: 'physical.workload.flavors', message: 'must plan at least one instance' });
  if (instances > LIMITS.vms)
    errors.push({
      path: 'physical.workload.flavors',
      message: `must plan at most ${LIMITS.vms.toLocaleString('en-US')} instances in all`,
    });
  return errors;
}

function checkGrowth(design: Design): FieldError[] {
  const { plan } = design;
  const errors: FieldError[] = [];
  if (plan.buyForYear > plan.horizonYears)
    errors.push({
      path: 'plan.buyForYear',
      message: `must be ≤ the years to plan for (${plan.horizonYears})`,
    });
  const { workload } = design.physical;
  const today =
    workload.flavors.length > 0 ? workload.flavors.reduce((s, f) => s + f.count, 0) : workload.vms;
  const grown = today * (1 + plan.growthPerYear) ** plan.horizonYears;
  if (grown > LIMITS.vms)
    errors.push({
      path: 'plan.growthPerYear',
      message: `grows ${today.toLocaleString('en-US')} instances past ${LIMITS.vms.toLocaleString('en-US')} within ${plan.horizonYears} years`,
    });
  return errors;
}

/** Every node must fit an empty rack beside its switch pair, or no number of racks would do. */
function checkRacks(design: Design): FieldError[] {
  const { racks } = design;
  const errors: FieldError[] = [];
  const units = racks.unitsPerRack - 2 * racks.unitsPerSwitch;
  const watts = racks.powerBudgetWattsPerRack - 2 * racks.wattsPerSwitch;
  const ports = 2 * (racks.portsPerSwitch - racks.uplinkPortsPerSwitch);
  const nics = nicsPerNodeOf(design.physical.network);
  if (units < 1)
    errors.push({
      path: 'racks.unitsPerSwitch',
      message: `must leave room for nodes: two switches would take ${readable(2 * racks.unitsPerSwitch)} of the rack's ${readable(racks.unitsPerRack)} units`,
    });
  if (watts <= 0)
    errors.push({
      path: 'racks.wattsPerSwitch',
      message: `must leave power for nodes: two switches would draw ${readable(2 * racks.wattsPerSwitch)} of the rack's ${readable(racks.powerBudgetWattsPerRack)} W`,
    });
  for (const role of ROLES) {
    if (units >= 1 && racks.unitsPerNode[role] > units)
      errors.push({
        path: `racks.unitsPerNode.${role}`,
        message: `must be ≤ the ${readable(units)} units a rack has beside its two switches`,
      });
    if (watts > 0 && racks.wattsPerNode[role] > watts)
      errors.push({
        path: `racks.wattsPerNode.${role}`,
        message: `must be ≤ the ${readable(watts)} W a rack's budget leaves beside its two switches`,
      });
  }
  if (nics > ports)
    errors.push({
      path: 'racks.portsPerSwitch',
      message: `must leave room for one node's ${readable(nics)} NICs beside ${readable(racks.uplinkPortsPerSwitch)} uplink ports per switch`,
    });
  return errors;
}

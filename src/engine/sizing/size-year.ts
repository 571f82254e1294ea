import type { Design } from '../../design/design-schema';
import type { FieldError } from '../../design/field-error';
import { computeBounds, sizeCompute, type ComputeBounds } from './compute';
import type { Demand } from './demand';
import { sizeMemory } from './memory';
import { sizeNetwork } from './network';
import { nodeLimits, type NodeLimits } from './node-limits';
import { readable } from '../report/readable';
import { roundDown } from '../report/rounding';
import { countNodes } from './nodes';
import { cephCluster } from '../storage/ceph-cluster';
import { hyperconvergedWorking } from '../storage/storage-working';
import { mostOfBounds, rackRecovery } from '../storage/storage-bounds';
import { planStorage, withRackFailureDomain, type StoragePlan } from '../storage/storage-plan';
import type { RacksReport } from '../report/plan-report-types';
import { racksReport } from '../racks/rack-report';
import { planRacks } from '../racks/racks';
import type {
  CephReport,
  ComputeReport,
  FigureKey,
  MemoryReport,
  NetworkReport,
  NodesReport,
  StorageReport,
  Working,
} from '../report/report-types';
import { sizeStorage } from './storage';
import { scaleErrors } from './scale-limits';

/** The whole hardware sizing for one year's demand. */
export type YearSizing = {
  demand: Demand;
  limits: NodeLimits;
  bounds: ComputeBounds;
  compute: ComputeReport;
  memory: MemoryReport;
  network: NetworkReport;
  storage: StorageReport;
  nodes: NodesReport;
  racks: RacksReport;
  ceph: CephReport;
};

export type YearResult = { ok: true; sized: YearSizing } | { ok: false; errors: FieldError[] };

/** Sizes one year; the working is written only when `out` is given (the year the report shows). */
export function sizeYear(
  design: Design,
  demand: Demand,
  out?: Partial<Record<FigureKey, Working>>,
): YearResult {
  const limits = nodeLimits(design, demand);
  const errors = [...coreErrors(design, limits), ...fitErrors(demand, limits)];
  if (errors.length > 0) return { ok: false, errors };

  const hostPlan = planStorage(design, demand);
  const hciErrors = hyperconvergedErrors(hostPlan);
  if (hciErrors.length > 0) return { ok: false, errors: hciErrors };
  const byStorage = hostPlan.computeBounds ? mostOfBounds(hostPlan.computeBounds) : null;
  const bounds = computeBounds(design, demand, limits, byStorage);
  const { logical } = design;
  const counts = {
    controller: logical.controllers,
    network: logical.networkNodes,
    compute: bounds.baseNodes + logical.spareComputeNodes,
    storage: hostPlan.storageNodes,
  };
  // A rack loss must leave the N+k spares standing, not use them up.
  const computeNeeded = bounds.baseNodes + logical.spareComputeNodes;
  const tooLarge = scaleErrors(design, counts);
  if (tooLarge.length > 0) return { ok: false, errors: tooLarge };
  let plan = planRacks(design, counts, computeNeeded);
  let storagePlan = hostPlan;
  const underBackfillfull = hostPlan.storageBounds.underBackfillfull;
  if (design.racks.surviveRackLoss && underBackfillfull > 0) {
    const spreadWith = (storage: number) => {
      const tried = planRacks(design, { ...counts, storage }, computeNeeded);
      return { racks: tried.racks, inFullestRack: tried.storageInFullestRack };
    };
    storagePlan = withRackFailureDomain(hostPlan, rackRecovery(underBackfillfull, spreadWith));
    if (storagePlan.storageNodes !== counts.storage) {
      const tooMany = scaleErrors(design, { ...counts, storage: storagePlan.storageNodes });
      if (tooMany.length > 0) return { ok: false, errors: tooMany };
      counts.storage = storagePlan.storageNodes;
      plan = planRacks(design, counts, computeNeeded);
    }
  }
  const compute = sizeCompute(design, demand, limits, bounds, plan.extraComputeNodes, out);
  const memory = sizeMemory(design, demand, limits, compute, out);
  const network = sizeNetwork(design, demand, limits, compute, out);
  const rackLost = design.racks.surviveRackLoss
    ? {
        storageNodes: plan.storageInFullestRack,
        computeNodes: plan.computeInFullestRack,
      }
    : null;
  const cluster = cephCluster(design, storagePlan, compute.nodes, demand.vms, rackLost);
  if (out) hyperconvergedWorking(design, storagePlan, out);
  const storage = sizeStorage(design, demand, compute, storagePlan, cluster, out);
  const nodes = countNodes(design, compute, storagePlan, out);
  const racks = racksReport(
    design,
    plan,
    {
      controller: counts.controller,
      network: counts.network,
      compute: compute.nodes,
      storage: counts.storage,
    },
    bounds.baseNodes + logical.spareComputeNodes,
    out,
  );
  return {
    ok: true,
    sized: {
      demand,
      limits,
      bounds,
      compute,
      memory,
      network,
      storage,
      nodes,
      racks,
      ceph: cluster.ceph,
    },
  };
}

/** Hyperconverged Ceph data needs drives on the compute nodes to live on. */
function hyperconvergedErrors(plan: StoragePlan): FieldError[] {
  if (!plan.computeBounds || plan.computeBounds.rawTb === 0 || plan.computeRawPerNodeTb > 0)
    return [];
  return [
    {
      path: 'physical.storage.drivesPerNode',
      message: `a hyperconverged compute node must hold drives: its Ceph OSDs keep ${readable(plan.computeBounds.rawTb)} TB of raw data`,
    },
  ];
}

/** Cores kept for the host and the Ceph OSDs must leave at least one core to instances. */
function coreErrors(design: Design, limits: NodeLimits): FieldError[] {
  if (limits.guestCoresPerNode >= 1) return [];
  const { reserve, coresPerNode } = limits;
  const message = `the host keeps ${reserve.hostCoresPerNode} cores (${reserve.reservedHostCores} reserved, ${reserve.osdCoresPerNode} for Ceph OSDs) of the ${coresPerNode} a compute node has: none is left for instances`;
  const errors: FieldError[] = [{ path: 'physical.cpu.reservedHostCores', message }];
  if (reserve.osdCoresPerNode > 0 && design.physical.storage.hyperconverged)
    errors.push({ path: 'physical.storage.coresPerOsd', message });
  return errors;
}

/** A design in which one instance cannot fit on a node at all names the field, never divides by 0. */
function fitErrors(demand: Demand, limits: NodeLimits): FieldError[] {
  const errors: FieldError[] = [];
  const { reserve } = limits;
  const reserved =
    reserve.osdReserveGbPerNode > 0
      ? `less ${reserve.reservedRamGbPerNode} GB reserved and ${reserve.osdReserveGbPerNode} GB for Ceph OSDs`
      : `less ${reserve.reservedRamGbPerNode} GB reserved`;
  demand.classes.forEach((c, i) => {
    const fit = limits.classes[i];
    if (!fit) return;
    const one = demand.source === 'flavors' ? `one ${c.name} instance` : 'one VM';
    const room = limits.largestRamGbPerNode - reserve.totalGbPerNode;
    if (fit.vmsPerNodeByRam < 1 || fit.ramGbRaw > room)
      errors.push({
        path: c.ramPath,
        message: `${one} needs ${readable(Math.max(fit.ramGbSized, fit.ramGbRaw))} GB, more than a compute node can give it (${readable(limits.largestRamGbPerNode)} GB at most, ${reserved}): no set of sticks the node takes can start it`,
      });
    if (!fit.fitsThreads && limits.guestCoresPerNode > 0)
      errors.push({
        path: c.vcpusPath,
        message: `${one} asks ${c.vcpus} vCPUs, more than the ${roundDown(limits.guestThreadsPerNode)} threads a compute node leaves to instances; Nova would never place it`,
      });
    if (fit.vmsPerNodeByNetwork < 1)
      errors.push({
        path: c.mbpsPath,
        message: `${one} needs ${c.mbps} Mbit/s, more than a compute node's links give (${limits.linkMbpsPerNode} Mbit/s)`,
      });
  });
  return errors;
}

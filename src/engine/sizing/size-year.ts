import type { Design } from '../../design/design-schema';
import type { FieldError } from '../../design/field-error';
import { computeBounds, sizeCompute, type ComputeBounds } from './compute';
import type { Demand } from './demand';
import { sizeMemory } from './memory';
import { sizeNetwork } from './network';
import { nodeLimits, type NodeLimits } from './node-limits';
import { readable } from '../report/readable';
import { roundDown } from '../report/rounding';
import { countNodes, hasStorageService } from './nodes';
import type { RacksReport } from '../report/plan-report-types';
import { racksReport } from '../racks/rack-report';
import { planRacks } from '../racks/racks';
import type {
  ComputeReport,
  FigureKey,
  MemoryReport,
  NetworkReport,
  NodesReport,
  StorageReport,
  Working,
} from '../report/report-types';
import { sizeStorage } from './storage';

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

  const bounds = computeBounds(design, demand, limits);
  const { logical } = design;
  const counts = {
    controller: logical.controllers,
    network: logical.networkNodes,
    compute: bounds.baseNodes + logical.spareComputeNodes,
    storage: hasStorageService(design) ? logical.storageNodes : 0,
  };
  // A rack loss must leave the N+k spares standing, not use them up.
  const plan = planRacks(design, counts, bounds.baseNodes + logical.spareComputeNodes);
  const compute = sizeCompute(design, demand, limits, bounds, plan.extraComputeNodes, out);
  const memory = sizeMemory(design, demand, limits, compute, out);
  const network = sizeNetwork(design, demand, limits, compute, out);
  const storage = sizeStorage(design, demand, compute, out);
  const nodes = countNodes(design, compute, out);
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
    sized: { demand, limits, bounds, compute, memory, network, storage, nodes, racks },
  };
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

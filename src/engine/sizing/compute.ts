import type { Design } from '../../design/design-schema';
import type { Demand } from './demand';
import { nodeShares, type NodeLimits } from './node-limits';
import type { Bound, ComputeReport, FigureKey, Working } from '../report/report-types';
import { roundUp, tidy } from '../report/rounding';
import { computeWorking } from './compute-working';

/** The compute figures before racks are known: what the workload alone needs. */
export type ComputeBounds = Omit<ComputeReport, 'nodes'> & {
  /** max(by CPU, by RAM, by network): the nodes the instances need, without any spare. */
  baseNodes: number;
  ramShares: number;
  networkShares: number;
};

const BOUND_ORDER: readonly Bound[] = ['cpu', 'vcpu', 'ram', 'network', 'storage'];

/** `nodesByStorage`: hyperconverged, the compute nodes whose drives the Ceph data needs. */
export function computeBounds(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  nodesByStorage: number | null = null,
): ComputeBounds {
  const { cpu } = design.physical;
  const coresNeeded = tidy(
    demand.ghzTotal / (cpu.ghzPerCore * cpu.hyperThreadingFactor * cpu.cpuAllocationRatio),
  );
  const cores = roundUp(coresNeeded);
  const sockets = roundUp(cores / cpu.coresPerSocket);
  // With no core kept for the host this is ⌈sockets / socketsPerServer⌉, the book's step.
  const nodesByCpu = roundUp(cores / limits.guestCoresPerNode);
  const vcpus = demand.vcpusTotal;
  const nodesByVcpu = vcpus === null ? null : roundUp(vcpus / limits.vcpusPerNode);
  // Each flavor takes its share of a node; one flavor alone gives ⌈count / per node⌉.
  const ramShares = nodeShares(demand, (i) => limits.classes[i]?.vmsPerNodeByRam ?? 1);
  const networkShares = nodeShares(demand, (i) => limits.classes[i]?.vmsPerNodeByNetwork ?? 1);
  const nodesByRam = roundUp(ramShares);
  const nodesByNetwork = roundUp(networkShares);
  const byBound: Record<Bound, number> = {
    cpu: nodesByCpu,
    vcpu: nodesByVcpu ?? 0,
    ram: nodesByRam,
    network: nodesByNetwork,
    storage: nodesByStorage ?? 0,
  };
  const baseNodes = Math.max(
    nodesByCpu,
    nodesByVcpu ?? 0,
    nodesByRam,
    nodesByNetwork,
    nodesByStorage ?? 0,
  );
  const bound = BOUND_ORDER.find((b) => byBound[b] === baseNodes) ?? 'cpu';
  return {
    coresNeeded,
    cores,
    sockets,
    nodesByCpu,
    nodesByRam,
    nodesByNetwork,
    bound,
    baseNodes,
    vmsPerNode: roundUp(demand.vms / baseNodes),
    coresPerNode: limits.coresPerNode,
    hostCoresPerNode: limits.reserve.hostCoresPerNode,
    vcpus,
    vcpusPerNode: vcpus === null ? null : limits.vcpusPerNode,
    nodesByVcpu,
    vcpusPerThread: vcpus === null ? null : tidy(vcpus / (baseNodes * limits.guestThreadsPerNode)),
    nodesByStorage,
    ramShares,
    networkShares,
  };
}

/** Compute nodes to buy: the need, the N+k spares and the nodes a rack loss costs. */
export function sizeCompute(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  bounds: ComputeBounds,
  rackLossNodes: number,
  out?: Partial<Record<FigureKey, Working>>,
): ComputeReport {
  const nodes = bounds.baseNodes + design.logical.spareComputeNodes + rackLossNodes;
  if (out) computeWorking(design, demand, limits, bounds, rackLossNodes, nodes, out);
  return {
    coresNeeded: bounds.coresNeeded,
    cores: bounds.cores,
    sockets: bounds.sockets,
    nodesByCpu: bounds.nodesByCpu,
    nodesByRam: bounds.nodesByRam,
    nodesByNetwork: bounds.nodesByNetwork,
    bound: bounds.bound,
    nodes,
    vmsPerNode: bounds.vmsPerNode,
    coresPerNode: bounds.coresPerNode,
    hostCoresPerNode: bounds.hostCoresPerNode,
    vcpus: bounds.vcpus,
    vcpusPerNode: bounds.vcpusPerNode,
    nodesByVcpu: bounds.nodesByVcpu,
    vcpusPerThread: bounds.vcpusPerThread,
    nodesByStorage: bounds.nodesByStorage,
  };
}

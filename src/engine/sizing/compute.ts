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

const BOUND_ORDER: readonly Bound[] = ['cpu', 'ram', 'network'];

export function computeBounds(design: Design, demand: Demand, limits: NodeLimits): ComputeBounds {
  const { cpu } = design.physical;
  const coresNeeded = tidy(
    demand.ghzTotal / (cpu.ghzPerCore * cpu.hyperThreadingFactor * cpu.cpuAllocationRatio),
  );
  const cores = roundUp(coresNeeded);
  const sockets = roundUp(cores / cpu.coresPerSocket);
  const nodesByCpu = roundUp(sockets / cpu.socketsPerServer);
  // Each flavor takes its share of a node; one flavor alone gives ⌈count / per node⌉.
  const ramShares = nodeShares(demand, (i) => limits.classes[i]?.vmsPerNodeByRam ?? 1);
  const networkShares = nodeShares(demand, (i) => limits.classes[i]?.vmsPerNodeByNetwork ?? 1);
  const nodesByRam = roundUp(ramShares);
  const nodesByNetwork = roundUp(networkShares);
  const byBound = { cpu: nodesByCpu, ram: nodesByRam, network: nodesByNetwork };
  const baseNodes = Math.max(nodesByCpu, nodesByRam, nodesByNetwork);
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
  };
}

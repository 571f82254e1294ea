import type { Design } from '../design/design-schema';
import type { Bound, ComputeReport, FigureKey, Working } from './report-types';
import { roundDown, roundUp, tidy } from './rounding';
import { input, working } from './working';

export type NodeLimits = {
  ramGbPerVm: number;
  largestRamGbPerNode: number;
  linkMbpsPerNode: number;
  vmsPerNodeByRam: number;
  vmsPerNodeByNetwork: number;
};

/** What one compute node can hold, before any VM count is known. */
export function nodeLimits(design: Design): NodeLimits {
  const { workload, cpu, memory, network } = design.physical;
  const ramGbPerVm = workload.ramGbPerVmMax / memory.ramAllocationRatio;
  const stickGroup = memory.memoryChannelsPerSocket * cpu.socketsPerServer;
  const maxSticks = Math.floor(memory.dimmSlotsPerServer / stickGroup) * stickGroup;
  const largestRamGbPerNode = maxSticks * Math.max(...memory.stickSizesGb);
  const linkMbpsPerNode = network.nicGbps * 1000 * network.dataLinksPerNode;
  return {
    ramGbPerVm,
    largestRamGbPerNode,
    linkMbpsPerNode,
    vmsPerNodeByRam: Math.max(
      0,
      roundDown((largestRamGbPerNode - memory.reservedRamGbPerNode) / ramGbPerVm),
    ),
    vmsPerNodeByNetwork: roundDown(linkMbpsPerNode / workload.mbpsPerVm),
  };
}

const BOUND_ORDER: readonly Bound[] = ['cpu', 'ram', 'network'];

export function sizeCompute(
  design: Design,
  limits: NodeLimits,
  out: Partial<Record<FigureKey, Working>>,
): ComputeReport {
  const { workload, cpu, memory } = design.physical;
  const { vms } = workload;
  const spare = design.logical.spareComputeNodes;

  const coresNeeded = tidy(
    (vms * workload.ghzPerVm) /
      (cpu.ghzPerCore * cpu.hyperThreadingFactor * cpu.cpuAllocationRatio),
  );
  const cores = roundUp(coresNeeded);
  const sockets = roundUp(cores / cpu.coresPerSocket);
  const nodesByCpu = roundUp(sockets / cpu.socketsPerServer);
  const nodesByRam = roundUp(vms / limits.vmsPerNodeByRam);
  const nodesByNetwork = roundUp(vms / limits.vmsPerNodeByNetwork);
  const byBound = { cpu: nodesByCpu, ram: nodesByRam, network: nodesByNetwork };
  const baseNodes = Math.max(nodesByCpu, nodesByRam, nodesByNetwork);
  const bound = BOUND_ORDER.find((b) => byBound[b] === baseNodes) ?? 'cpu';
  const nodes = baseNodes + spare;
  const vmsPerNode = roundUp(vms / baseNodes);

  const cpuInputs = [
    input('vms', vms),
    input('ghzPerVm', workload.ghzPerVm),
    input('ghzPerCore', cpu.ghzPerCore),
    input('hyperThreadingFactor', cpu.hyperThreadingFactor),
    input('cpuAllocationRatio', cpu.cpuAllocationRatio),
  ];
  out['compute.coresNeeded'] = working(
    'vms × ghzPerVm / (ghzPerCore × hyperThreadingFactor × cpuAllocationRatio)',
    cpuInputs,
    coresNeeded,
    'cores',
  );
  out['compute.cores'] = working(
    '⌈vms × ghzPerVm / (ghzPerCore × hyperThreadingFactor × cpuAllocationRatio)⌉',
    cpuInputs,
    cores,
    'cores',
    'The book floors 153.846 to 153 cores; a part core cannot be bought, so the wizard rounds up.',
  );
  out['compute.sockets'] = working(
    '⌈cores / coresPerSocket⌉',
    [input('cores', cores), input('coresPerSocket', cpu.coresPerSocket)],
    sockets,
    'sockets',
    'The book floors 15.3 to 15 sockets; 15 sockets cannot hold 153 cores of 10, so the wizard rounds up.',
  );
  out['compute.nodesByCpu'] = working(
    '⌈sockets / socketsPerServer⌉',
    [input('sockets', sockets), input('socketsPerServer', cpu.socketsPerServer)],
    nodesByCpu,
    'nodes',
    'The book says "seven to eight" servers; 16 sockets need 8 dual-socket servers.',
  );
  out['compute.vmsPerNodeByRam'] = working(
    '⌊(largestGbPerNode − reservedRamGbPerNode) / (ramGbPerVmMax / ramAllocationRatio)⌋',
    [
      input('largestGbPerNode', limits.largestRamGbPerNode),
      input('reservedRamGbPerNode', memory.reservedRamGbPerNode),
      input('ramGbPerVmMax', workload.ramGbPerVmMax),
      input('ramAllocationRatio', memory.ramAllocationRatio),
    ],
    limits.vmsPerNodeByRam,
    'VMs',
  );
  out['compute.nodesByRam'] = working(
    '⌈vms / vmsPerNodeByRam⌉',
    [input('vms', vms), input('vmsPerNodeByRam', limits.vmsPerNodeByRam)],
    nodesByRam,
    'nodes',
  );
  out['compute.vmsPerNodeByNetwork'] = working(
    '⌊nicGbps × 1000 × dataLinksPerNode / mbpsPerVm⌋',
    [
      input('nicGbps', design.physical.network.nicGbps),
      input('dataLinksPerNode', design.physical.network.dataLinksPerNode),
      input('mbpsPerVm', workload.mbpsPerVm),
    ],
    limits.vmsPerNodeByNetwork,
    'VMs',
  );
  out['compute.nodesByNetwork'] = working(
    '⌈vms / vmsPerNodeByNetwork⌉',
    [input('vms', vms), input('vmsPerNodeByNetwork', limits.vmsPerNodeByNetwork)],
    nodesByNetwork,
    'nodes',
  );
  out['compute.nodes'] = working(
    'max(nodesByCpu, nodesByRam, nodesByNetwork) + spareComputeNodes',
    [
      input('nodesByCpu', nodesByCpu),
      input('nodesByRam', nodesByRam),
      input('nodesByNetwork', nodesByNetwork),
      input('spareComputeNodes', spare),
    ],
    nodes,
    'nodes',
  );
  out['compute.vmsPerNode'] = working(
    '⌈vms / (nodes − spareComputeNodes)⌉',
    [input('vms', vms), input('nodes', nodes), input('spareComputeNodes', spare)],
    vmsPerNode,
    'VMs',
  );

  return {
    coresNeeded,
    cores,
    sockets,
    nodesByCpu,
    nodesByRam,
    nodesByNetwork,
    bound,
    nodes,
    vmsPerNode,
  };
}

import type { Design } from '../../design/design-schema';
import type { Demand } from './demand';
import { hostReserve, ramGbPerVmSized, type HostReserve } from './host-overhead';
import { roundDown } from '../report/rounding';

/** How many instances of one class a compute node holds, each resource on its own. */
export type ClassLimits = {
  /** RAM one instance takes from the node, oversubscribed, with its overhead. */
  ramGbSized: number;
  vmsPerNodeByRam: number;
  vmsPerNodeByNetwork: number;
};

export type NodeLimits = {
  largestRamGbPerNode: number;
  linkMbpsPerNode: number;
  reserve: HostReserve;
  /** One entry per class of the demand, in the same order. */
  classes: ClassLimits[];
};

/** What one compute node can hold, before any instance count is known. */
export function nodeLimits(design: Design, demand: Demand): NodeLimits {
  const { cpu, memory, network } = design.physical;
  const stickGroup = memory.memoryChannelsPerSocket * cpu.socketsPerServer;
  const maxSticks = Math.floor(memory.dimmSlotsPerServer / stickGroup) * stickGroup;
  const largestRamGbPerNode = maxSticks * Math.max(...memory.stickSizesGb);
  const linkMbpsPerNode = network.nicGbps * 1000 * network.dataLinksPerNode;
  const reserve = hostReserve(design);
  return {
    largestRamGbPerNode,
    linkMbpsPerNode,
    reserve,
    classes: demand.classes.map((c) => {
      const ramGbSized = ramGbPerVmSized(c.ramGb, design);
      return {
        ramGbSized,
        vmsPerNodeByRam: vmsPerNode(largestRamGbPerNode - reserve.totalGbPerNode, ramGbSized),
        vmsPerNodeByNetwork: vmsPerNode(linkMbpsPerNode, c.mbps),
      };
    }),
  };
}

/** Whole instances that fit in what a node offers; never negative. */
export function vmsPerNode(available: number, perVm: number): number {
  return Math.max(0, roundDown(available / perVm));
}

/** Nodes' worth of a resource the instances take: Σ count / per-node fit, each class its share. */
export function nodeShares(demand: Demand, perNode: (index: number) => number): number {
  let shares = 0;
  demand.classes.forEach((c, i) => {
    if (c.count > 0) shares += c.count / perNode(i);
  });
  return shares;
}

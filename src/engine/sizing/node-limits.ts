import type { Design } from '../../design/design-schema';
import type { Demand } from './demand';
import { hostReserve, ramGbPerVmSized, type HostReserve } from './host-overhead';
import { roundDown, tidy } from '../report/rounding';

/** How many instances of one class a compute node holds, each resource on its own. */
export type ClassLimits = {
  /** RAM one instance takes from the node, oversubscribed, with its overhead. */
  ramGbSized: number;
  vmsPerNodeByRam: number;
  vmsPerNodeByNetwork: number;
  /** Nova refuses an instance with more vCPUs than the node has usable threads, whatever the ratio. */
  fitsThreads: boolean;
  /** RAM one instance needs on its own, before oversubscription: the flavor and its overhead. */
  ramGbRaw: number;
};

export type NodeLimits = {
  largestRamGbPerNode: number;
  linkMbpsPerNode: number;
  reserve: HostReserve;
  /** Physical cores in one node, those left to instances, and their threads as Nova counts them. */
  coresPerNode: number;
  guestCoresPerNode: number;
  guestThreadsPerNode: number;
  /** Nova's VCPU capacity: (threads − reserved) × cpu_allocation_ratio, whole vCPUs. */
  vcpusPerNode: number;
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
  const coresPerNode = cpu.coresPerSocket * cpu.socketsPerServer;
  const guestCoresPerNode = Math.max(0, coresPerNode - reserve.hostCoresPerNode);
  const guestThreadsPerNode = tidy(guestCoresPerNode * cpu.hyperThreadingFactor);
  const vcpusPerNode = roundDown(guestThreadsPerNode * cpu.cpuAllocationRatio);
  return {
    largestRamGbPerNode,
    linkMbpsPerNode,
    reserve,
    coresPerNode,
    guestCoresPerNode,
    guestThreadsPerNode,
    vcpusPerNode,
    classes: demand.classes.map((c) => {
      const ramGbSized = ramGbPerVmSized(c.ramGb, design);
      return {
        ramGbSized,
        vmsPerNodeByRam: vmsPerNode(largestRamGbPerNode - reserve.totalGbPerNode, ramGbSized),
        vmsPerNodeByNetwork: vmsPerNode(linkMbpsPerNode, c.mbps),
        fitsThreads: c.vcpus === null || c.vcpus <= roundDown(guestThreadsPerNode),
        ramGbRaw: c.ramGb + memory.ramOverheadGbPerVm,
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

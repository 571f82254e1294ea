import type { Design } from '../../design/design-schema';
import { roundUp, tidy } from '../report/rounding';

/** Host RAM a compute node keeps from its instances, whatever their number. */
export type HostReserve = {
  reservedRamGbPerNode: number;
  /** Hyperconverged nodes run one Ceph OSD per drive, each with its own memory. */
  osdsPerNode: number;
  osdReserveGbPerNode: number;
  totalGbPerNode: number;
  /** Cores kept from instances: Nova's host reserve plus, when hyperconverged, the OSDs' cores. */
  reservedHostCores: number;
  osdCoresPerNode: number;
  hostCoresPerNode: number;
};

export function hostReserve(design: Design): HostReserve {
  const { cpu, memory, storage } = design.physical;
  const osdsPerNode = storage.hyperconverged ? storage.drivesPerNode : 0;
  const osdReserveGbPerNode = osdsPerNode * storage.ramGbPerOsd;
  // A part core cannot be pinned to an OSD: the cores kept round up.
  const osdCoresPerNode = roundUp(tidy(osdsPerNode * storage.coresPerOsd));
  return {
    reservedRamGbPerNode: memory.reservedRamGbPerNode,
    osdsPerNode,
    osdReserveGbPerNode,
    totalGbPerNode: memory.reservedRamGbPerNode + osdReserveGbPerNode,
    reservedHostCores: cpu.reservedHostCores,
    osdCoresPerNode,
    hostCoresPerNode: cpu.reservedHostCores + osdCoresPerNode,
  };
}

/**
 * RAM one instance takes from a node: its oversubscribed share plus the hypervisor's overhead,
 * which the allocation ratio does not stretch.
 */
export function ramGbPerVmSized(ramGb: number, design: Design): number {
  const { memory } = design.physical;
  return ramGb / memory.ramAllocationRatio + memory.ramOverheadGbPerVm;
}

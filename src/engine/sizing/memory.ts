import type { Design } from '../../design/design-schema';
import type { Demand } from './demand';
import { ramGbPerVmSized } from './host-overhead';
import type { NodeLimits } from './node-limits';
import type { ComputeReport, FigureKey, MemoryReport, Working } from '../report/report-types';
import { roundUp, roundUpToMultiple, tidy } from '../report/rounding';
import { bookNote, input, working } from '../report/working';

const NEEDED_AVERAGE_VM =
  'max(vmsPerNode × (ramGbPerVmMax / ramAllocationRatio + ramOverheadGbPerVm), ramGbPerVmMax + ramOverheadGbPerVm) + reservedRamGbPerNode + osdReserveGbPerNode';
const NEEDED_FLAVORS =
  'max(min(vmsPerNode × (ramGbPerVm / ramAllocationRatio + ramOverheadGbPerVm), largestGbPerNode − reservedRamGbPerNode − osdReserveGbPerNode), ramGbLargestFlavor + ramOverheadGbPerVm) + reservedRamGbPerNode + osdReserveGbPerNode';

/** The RAM of the flavor with the most, among those with instances. */
function largestFlavorRamGb(demand: Demand): number {
  let largest = 0;
  for (const c of demand.classes) if (c.count > 0) largest = Math.max(largest, c.ramGb);
  return largest;
}

export function sizeMemory(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  compute: ComputeReport,
  out?: Partial<Record<FigureKey, Working>>,
): MemoryReport {
  const { cpu, memory } = design.physical;
  const { reserve } = limits;
  const stickGroup = memory.memoryChannelsPerSocket * cpu.socketsPerServer;
  const stickGb = Math.max(...memory.stickSizesGb);
  const ramForVms = compute.vmsPerNode * ramGbPerVmSized(demand.ramGbPerVm, design);
  // A mix of flavors can round VMs per node up past what a node holds; one flavor never does.
  const ramRoom = limits.largestRamGbPerNode - reserve.totalGbPerNode;
  // Sized on the mean, a node must still start the largest instance on its own, at its real
  // RAM: Nova's MEMORY_MB max_unit is the node's RAM, whatever the allocation ratio.
  const largestInstanceGb = largestFlavorRamGb(demand) + memory.ramOverheadGbPerVm;
  const gbNeededPerNode = tidy(
    Math.max(Math.min(ramForVms, ramRoom), largestInstanceGb) + reserve.totalGbPerNode,
  );
  const sticksPerNode = roundUpToMultiple(roundUp(gbNeededPerNode / stickGb), stickGroup);
  const gbInstalledPerNode = sticksPerNode * stickGb;
  const sticksTotal = sticksPerNode * compute.nodes;
  const report: MemoryReport = {
    gbNeededPerNode,
    stickGb,
    sticksPerNode,
    gbInstalledPerNode,
    sticksTotal,
    reservedGbPerNode: reserve.totalGbPerNode,
  };
  if (!out) return report;
  // A flavor list sizes on the flavors' mean RAM; the single VM on its maximum, as the book does.
  const flavors = demand.source === 'flavors';
  const ramName = flavors ? 'ramGbPerVm' : 'ramGbPerVmMax';

  out['memory.largestGbPerNode'] = working(
    '⌊dimmSlotsPerServer / (memoryChannelsPerSocket × socketsPerServer)⌋ × memoryChannelsPerSocket × socketsPerServer × max(stickSizesGb)',
    [
      input('dimmSlotsPerServer', memory.dimmSlotsPerServer),
      input('memoryChannelsPerSocket', memory.memoryChannelsPerSocket),
      input('socketsPerServer', cpu.socketsPerServer),
      input('max(stickSizesGb)', stickGb),
    ],
    limits.largestRamGbPerNode,
    'GB',
  );
  out['memory.osdReserveGbPerNode'] = working(
    'osdsPerNode × ramGbPerOsd',
    [
      input('osdsPerNode', reserve.osdsPerNode),
      input('ramGbPerOsd', design.physical.storage.ramGbPerOsd),
    ],
    reserve.osdReserveGbPerNode,
    'GB',
    design.physical.storage.hyperconverged
      ? 'Hyperconverged: one Ceph OSD per compute-node drive, each with its own memory.'
      : 'Not hyperconverged: no Ceph OSD runs on the compute nodes.',
  );
  const neededInputs = [
    input('vmsPerNode', compute.vmsPerNode),
    input(ramName, demand.ramGbPerVm),
    input('ramAllocationRatio', memory.ramAllocationRatio),
    input('ramOverheadGbPerVm', memory.ramOverheadGbPerVm),
    input('reservedRamGbPerNode', reserve.reservedRamGbPerNode),
    input('osdReserveGbPerNode', reserve.osdReserveGbPerNode),
  ];
  if (flavors)
    neededInputs.push(
      input('largestGbPerNode', limits.largestRamGbPerNode),
      input('ramGbLargestFlavor', largestFlavorRamGb(demand)),
    );
  out['memory.gbNeededPerNode'] = working(
    flavors ? NEEDED_FLAVORS : NEEDED_AVERAGE_VM,
    neededInputs,
    gbNeededPerNode,
    'GB',
    flavors
      ? 'ramGbPerVm is the mean RAM of the flavors, weighted by their counts; no node needs more than it can take, and every node can start the largest flavor on its own (Nova never oversubscribes one instance past a node’s real RAM).'
      : 'Every node can start the largest VM on its own: Nova never oversubscribes one instance past a node’s real RAM.',
  );
  out['memory.stickGb'] = working(
    'max(stickSizesGb)',
    [input('max(stickSizesGb)', stickGb)],
    stickGb,
    'GB',
  );
  const stickInputs = [
    input('gbNeededPerNode', gbNeededPerNode),
    input('stickGb', stickGb),
    input('memoryChannelsPerSocket', memory.memoryChannelsPerSocket),
    input('socketsPerServer', cpu.socketsPerServer),
  ];
  out['memory.sticksPerNode'] = working(
    '⌈gbNeededPerNode / stickGb⌉, up to a multiple of memoryChannelsPerSocket × socketsPerServer',
    stickInputs,
    sticksPerNode,
    'sticks',
    bookNote(
      stickInputs,
      { gbNeededPerNode: 200, stickGb: 16, memoryChannelsPerSocket: 4, socketsPerServer: 2 },
      'The book jumps from 200 GB needed to "around 256 GB installed"; 13 sticks of 16 GB cover 200 GB, and balanced channels (4 × 2) make it 16.',
    ),
  );
  out['memory.reservedGbPerNode'] = working(
    'reservedRamGbPerNode + osdReserveGbPerNode',
    [
      input('reservedRamGbPerNode', reserve.reservedRamGbPerNode),
      input('osdReserveGbPerNode', reserve.osdReserveGbPerNode),
    ],
    reserve.totalGbPerNode,
    'GB',
  );
  out['memory.gbInstalledPerNode'] = working(
    'sticksPerNode × stickGb',
    [input('sticksPerNode', sticksPerNode), input('stickGb', stickGb)],
    gbInstalledPerNode,
    'GB',
  );
  out['memory.sticksTotal'] = working(
    'sticksPerNode × compute nodes',
    [input('sticksPerNode', sticksPerNode), input('compute nodes', compute.nodes)],
    sticksTotal,
    'sticks',
  );
  return report;
}

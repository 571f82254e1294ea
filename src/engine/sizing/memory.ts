import type { Design } from '../../design/design-schema';
import type { Demand } from './demand';
import { ramGbPerVmSized } from './host-overhead';
import type { NodeLimits } from './node-limits';
import type { ComputeReport, FigureKey, MemoryReport, Working } from '../report/report-types';
import { roundUp, roundUpToMultiple, tidy } from '../report/rounding';
import { input, working } from '../report/working';

const NEEDED_AVERAGE_VM =
  'vmsPerNode × (ramGbPerVmMax / ramAllocationRatio + ramOverheadGbPerVm) + reservedRamGbPerNode + osdReserveGbPerNode';
const NEEDED_FLAVORS =
  'min(vmsPerNode × (ramGbPerVm / ramAllocationRatio + ramOverheadGbPerVm), largestGbPerNode − reservedRamGbPerNode − osdReserveGbPerNode) + reservedRamGbPerNode + osdReserveGbPerNode';

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
  const gbNeededPerNode = tidy(Math.min(ramForVms, ramRoom) + reserve.totalGbPerNode);
  const sticksPerNode = roundUpToMultiple(roundUp(gbNeededPerNode / stickGb), stickGroup);
  const gbInstalledPerNode = sticksPerNode * stickGb;
  const sticksTotal = sticksPerNode * compute.nodes;
  const report = { gbNeededPerNode, stickGb, sticksPerNode, gbInstalledPerNode, sticksTotal };
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
  if (flavors) neededInputs.push(input('largestGbPerNode', limits.largestRamGbPerNode));
  out['memory.gbNeededPerNode'] = working(
    flavors ? NEEDED_FLAVORS : NEEDED_AVERAGE_VM,
    neededInputs,
    gbNeededPerNode,
    'GB',
    flavors
      ? 'ramGbPerVm is the mean RAM of the flavors, weighted by their counts; no node needs more than it can take.'
      : undefined,
  );
  out['memory.stickGb'] = working(
    'max(stickSizesGb)',
    [input('max(stickSizesGb)', stickGb)],
    stickGb,
    'GB',
  );
  out['memory.sticksPerNode'] = working(
    '⌈gbNeededPerNode / stickGb⌉, up to a multiple of memoryChannelsPerSocket × socketsPerServer',
    [
      input('gbNeededPerNode', gbNeededPerNode),
      input('stickGb', stickGb),
      input('memoryChannelsPerSocket', memory.memoryChannelsPerSocket),
      input('socketsPerServer', cpu.socketsPerServer),
    ],
    sticksPerNode,
    'sticks',
    'The book jumps from 200 GB needed to "around 256 GB installed"; 13 sticks of 16 GB cover 200 GB, and balanced channels (4 × 2) make it 16.',
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

import type { Design } from '../design/design-schema';
import type { NodeLimits } from './compute';
import type { ComputeReport, FigureKey, MemoryReport, Working } from './report-types';
import { roundUp, roundUpToMultiple, tidy } from './rounding';
import { input, working } from './working';

export function sizeMemory(
  design: Design,
  limits: NodeLimits,
  compute: ComputeReport,
  out: Partial<Record<FigureKey, Working>>,
): MemoryReport {
  const { cpu, memory, workload } = design.physical;
  const stickGroup = memory.memoryChannelsPerSocket * cpu.socketsPerServer;
  const stickGb = Math.max(...memory.stickSizesGb);
  const gbNeededPerNode = tidy(
    compute.vmsPerNode * limits.ramGbPerVm + memory.reservedRamGbPerNode,
  );
  const sticksPerNode = roundUpToMultiple(roundUp(gbNeededPerNode / stickGb), stickGroup);
  const gbInstalledPerNode = sticksPerNode * stickGb;
  const sticksTotal = sticksPerNode * compute.nodes;

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
  out['memory.gbNeededPerNode'] = working(
    'vmsPerNode × ramGbPerVmMax / ramAllocationRatio + reservedRamGbPerNode',
    [
      input('vmsPerNode', compute.vmsPerNode),
      input('ramGbPerVmMax', workload.ramGbPerVmMax),
      input('ramAllocationRatio', memory.ramAllocationRatio),
      input('reservedRamGbPerNode', memory.reservedRamGbPerNode),
    ],
    gbNeededPerNode,
    'GB',
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
  return { gbNeededPerNode, stickGb, sticksPerNode, gbInstalledPerNode, sticksTotal };
}

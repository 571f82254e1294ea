import type { Design } from '../design/design-schema';
import { nodeLimits, sizeCompute } from './compute';
import { sizeMemory } from './memory';
import { sizeNetwork } from './network';
import { countNodes } from './nodes';
import type { FigureKey, Sizing, SizingResult, Working } from './report-types';
import { sizeStorage } from './storage';
import { collectWarnings } from './warnings';

/**
 * The sizing engine: one pure function of a validated design. A design in which a single VM
 * cannot fit on a node at all comes back as field errors, never as a division by zero.
 */
export function sizeDesign(design: Design): SizingResult {
  const limits = nodeLimits(design);
  const { workload, memory } = design.physical;
  const errors: { path: string; message: string }[] = [];
  if (limits.vmsPerNodeByRam < 1) {
    errors.push({
      path: 'physical.workload.ramGbPerVmMax',
      message: `one VM needs ${limits.ramGbPerVm} GB, more than a compute node can give it (${limits.largestRamGbPerNode} GB at most, less ${memory.reservedRamGbPerNode} GB reserved)`,
    });
  }
  if (limits.vmsPerNodeByNetwork < 1) {
    errors.push({
      path: 'physical.workload.mbpsPerVm',
      message: `one VM needs ${workload.mbpsPerVm} Mbit/s, more than a compute node's links give (${limits.linkMbpsPerNode} Mbit/s)`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const out: Partial<Record<FigureKey, Working>> = {};
  const compute = sizeCompute(design, limits, out);
  const memoryReport = sizeMemory(design, limits, compute, out);
  const network = sizeNetwork(design, limits, compute, out);
  const storage = sizeStorage(design, compute, out);
  const nodes = countNodes(design, compute, out);
  const warnings = collectWarnings(design, { compute, memory: memoryReport, network, storage });
  const sizing: Sizing = {
    report: { compute, memory: memoryReport, network, storage, nodes, warnings },
    working: out as Record<FigureKey, Working>,
  };
  return { ok: true, sizing };
}

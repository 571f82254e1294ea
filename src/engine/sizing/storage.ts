import type { Design } from '../../design/design-schema';
import type { Demand } from './demand';
import type { ComputeReport, FigureKey, StorageReport, Working } from '../report/report-types';
import { tidy } from '../report/rounding';
import { classTerms } from '../report/class-terms';
import { bookNote, input, working } from '../report/working';

export function sizeStorage(
  design: Design,
  demand: Demand,
  compute: ComputeReport,
  out?: Partial<Record<FigureKey, Working>>,
): StorageReport {
  const { workload, storage } = design.physical;
  const flavors = demand.source === 'flavors';
  const services = design.conceptual.services;
  const hasBlock = services.includes('blockStorage');
  const hasObject = services.includes('objectStorage');
  const { vmsPerNode } = compute;

  const ephemeralGbPerNode = tidy(vmsPerNode * demand.ephemeralGbPerVm);
  const persistentGbPerVm = hasBlock ? demand.persistentGbPerVm : 0;
  const persistentGbPerNode = tidy(vmsPerNode * persistentGbPerVm);
  const blockUsableGb = hasBlock ? tidy(demand.persistentGbTotal) : 0;
  const blockRawGb = tidy(blockUsableGb * storage.blockReplicas);
  const objectUsableTb = hasObject ? workload.objectUsableTb : 0;
  const objectRawTb = tidy(objectUsableTb * storage.objectReplicas);
  const readIopsPerVm = tidy((storage.driveIops * storage.drivesPerNode) / vmsPerNode);
  const writeIopsPerVm = tidy(readIopsPerVm / storage.raidWritePenalty);
  const report = {
    ephemeralGbPerNode,
    persistentGbPerNode,
    blockUsableGb,
    blockRawGb,
    objectRawTb,
    readIopsPerVm,
    writeIopsPerVm,
  };
  if (!out) return report;
  const noBlock = hasBlock
    ? undefined
    : 'Block storage (Cinder) is left out: nothing persistent to size.';

  out['storage.ephemeralGbPerNode'] = working(
    'vmsPerNode × ephemeralGbPerVm',
    [input('vmsPerNode', vmsPerNode), input('ephemeralGbPerVm', demand.ephemeralGbPerVm)],
    ephemeralGbPerNode,
    'GB',
  );
  const persistentInputs = [
    input('vmsPerNode', vmsPerNode),
    input('persistentGbPerVm', persistentGbPerVm),
  ];
  out['storage.persistentGbPerNode'] = working(
    'vmsPerNode × persistentGbPerVm',
    persistentInputs,
    persistentGbPerNode,
    'GB',
    noBlock ??
      bookNote(
        persistentInputs,
        { vmsPerNode: 25, persistentGbPerVm: 250 },
        'The book prints "25*250 = 5 TB"; 25 × 250 GB is 6,250 GB, that is 6.25 TB.',
      ),
  );
  out['storage.blockUsableGb'] = flavors
    ? blockFromFlavors(demand, blockUsableGb, noBlock)
    : working(
        'vms × persistentGbPerVm',
        [input('vms', demand.vms), input('persistentGbPerVm', persistentGbPerVm)],
        blockUsableGb,
        'GB',
        noBlock,
      );
  out['storage.blockRawGb'] = working(
    'blockUsableGb × blockReplicas',
    [input('blockUsableGb', blockUsableGb), input('blockReplicas', storage.blockReplicas)],
    blockRawGb,
    'GB',
    noBlock,
  );
  out['storage.objectRawTb'] = working(
    'objectUsableTb × objectReplicas',
    [input('objectUsableTb', objectUsableTb), input('objectReplicas', storage.objectReplicas)],
    objectRawTb,
    'TB',
    hasObject ? undefined : 'Object storage (Swift) is left out: nothing to replicate.',
  );
  out['storage.readIopsPerVm'] = working(
    'driveIops × drivesPerNode / vmsPerNode',
    [
      input('driveIops', storage.driveIops),
      input('drivesPerNode', storage.drivesPerNode),
      input('vmsPerNode', vmsPerNode),
    ],
    readIopsPerVm,
    'IOPS',
  );
  out['storage.writeIopsPerVm'] = working(
    'readIopsPerVm / raidWritePenalty',
    [input('readIopsPerVm', readIopsPerVm), input('raidWritePenalty', storage.raidWritePenalty)],
    writeIopsPerVm,
    'IOPS',
  );
  return report;
}

function blockFromFlavors(demand: Demand, blockUsableGb: number, noBlock: string | undefined) {
  const terms = classTerms(demand.classes, '×', 'persistentGb', (c) => c.persistentGb);
  return noBlock === undefined
    ? working(terms.formula, terms.inputs, blockUsableGb, 'GB')
    : working('0', [], 0, 'GB', noBlock);
}

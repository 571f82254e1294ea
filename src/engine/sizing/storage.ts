import type { Design } from '../../design/design-schema';
import { sumBy, type Demand, type VmClass } from './demand';
import type {
  ComputeReport,
  FigureKey,
  StorageBound,
  StorageReport,
  Working,
} from '../report/report-types';
import { tidy } from '../report/rounding';
import { classTerms } from '../report/class-terms';
import { bookNote, input, working } from '../report/working';
import type { ClusterFigures } from '../storage/ceph-cluster';
import type { StoragePlan } from '../storage/storage-plan';
import { storageClusterWorking } from '../storage/storage-working';

/** The first bound (minimum, capacity, recovery, failure domains) that reaches the nodes bought. */
function storageBound(plan: StoragePlan): StorageBound {
  const b = plan.storageBounds;
  if (plan.storageNodes === 0) return 'none';
  if (plan.floor === plan.storageNodes) return 'minimum';
  if (b.byCapacity === plan.storageNodes) return 'capacity';
  if (b.byRecovery === plan.storageNodes) return 'recovery';
  return 'failure-domains';
}

export function sizeStorage(
  design: Design,
  demand: Demand,
  compute: ComputeReport,
  plan: StoragePlan,
  cluster: ClusterFigures,
  out?: Partial<Record<FigureKey, Working>>,
): StorageReport {
  const { workload, storage, ceph } = design.physical;
  const flavors = demand.source === 'flavors';
  const services = design.conceptual.services;
  const hasBlock = services.includes('blockStorage');
  const hasObject = services.includes('objectStorage');
  const { vmsPerNode } = compute;

  const ephemeralGbPerNode = tidy(vmsPerNode * demand.ephemeralGbPerVm);
  const ephemeralGbTotal = tidy(sumBy(demand.classes, (c) => c.ephemeralGb));
  const ephemeralInstalledGb = tidy(compute.nodes * storage.drivesPerNode * storage.driveGb);
  const persistentGbPerVm = hasBlock ? demand.persistentGbPerVm : 0;
  const persistentGbPerNode = tidy(vmsPerNode * persistentGbPerVm);
  const blockUsableGb = hasBlock ? tidy(demand.persistentGbTotal) : 0;
  const blockEc = ceph.blockEcK > 0;
  const objectEc = ceph.objectEcK > 0;
  const blockOverhead = blockEc
    ? (ceph.blockEcK + ceph.blockEcM) / ceph.blockEcK
    : storage.blockReplicas;
  const objectOverhead = objectEc
    ? (ceph.objectEcK + ceph.objectEcM) / ceph.objectEcK
    : storage.objectReplicas;
  const blockRawGb = tidy(blockUsableGb * blockOverhead);
  const objectUsableTb = hasObject ? workload.objectUsableTb : 0;
  const objectRawTb = tidy(objectUsableTb * objectOverhead);
  const readIopsPerVm = tidy((storage.driveIops * storage.drivesPerNode) / vmsPerNode);
  const writeIopsPerVm = tidy(readIopsPerVm / storage.raidWritePenalty);
  const report = {
    ephemeralGbPerNode,
    ephemeralGbTotal,
    ephemeralInstalledGb,
    persistentGbPerNode,
    blockUsableGb,
    blockRawGb,
    objectUsableTb,
    objectRawTb,
    readIopsPerVm,
    writeIopsPerVm,
    nodesByCapacity: plan.storageBounds.byCapacity,
    nodesByRecovery: plan.storageBounds.byRecovery,
    nodesByFailureDomains: plan.storageBounds.byFailureDomains,
    rawNeededTb: cluster.rawNeededTb,
    rawInstalledTb: cluster.rawInstalledTb,
    fillRatio: cluster.fillRatio,
    fillAfterFailure: cluster.fillAfterFailure,
    osds: cluster.osds,
    pools: cluster.pools,
    bound: storageBound(plan),
  };
  if (!out) return report;
  storageClusterWorking(design, plan, cluster, compute.nodes, out);
  const noBlock = hasBlock
    ? undefined
    : 'Block storage (Cinder) is left out: nothing persistent to size.';
  const noObject = hasObject
    ? undefined
    : 'Object storage (Swift) is left out: nothing to replicate.';

  out['storage.ephemeralGbPerNode'] = working(
    'vmsPerNode × ephemeralGbPerVm',
    [input('vmsPerNode', vmsPerNode), input('ephemeralGbPerVm', demand.ephemeralGbPerVm)],
    ephemeralGbPerNode,
    'GB',
  );
  out['storage.ephemeralGbTotal'] = flavors
    ? classSum(demand, 'ephemeralGb', (c) => c.ephemeralGb, ephemeralGbTotal)
    : working(
        'vms × ephemeralGbPerVm',
        [input('vms', demand.vms), input('ephemeralGbPerVm', demand.ephemeralGbPerVm)],
        ephemeralGbTotal,
        'GB',
      );
  out['storage.ephemeralInstalledGb'] = working(
    'compute nodes × drivesPerNode × driveGb',
    [
      input('compute nodes', compute.nodes),
      input('drivesPerNode', storage.drivesPerNode),
      input('driveGb', storage.driveGb),
    ],
    ephemeralInstalledGb,
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
  out['storage.blockRawGb'] = blockEc
    ? working(
        'blockUsableGb × (blockEcK + blockEcM) / blockEcK',
        [
          input('blockUsableGb', blockUsableGb),
          input('blockEcK', ceph.blockEcK),
          input('blockEcM', ceph.blockEcM),
        ],
        blockRawGb,
        'GB',
        noBlock ?? 'Erasure coding: k data chunks and m coding chunks for every k of data.',
      )
    : working(
        'blockUsableGb × blockReplicas',
        [input('blockUsableGb', blockUsableGb), input('blockReplicas', storage.blockReplicas)],
        blockRawGb,
        'GB',
        noBlock,
      );
  out['storage.objectUsableTb'] = hasObject
    ? working('objectUsableTb', [input('objectUsableTb', objectUsableTb)], objectUsableTb, 'TB')
    : working('0', [], 0, 'TB', noObject);
  out['storage.objectRawTb'] = objectEc
    ? working(
        'objectUsableTb × (objectEcK + objectEcM) / objectEcK',
        [
          input('objectUsableTb', objectUsableTb),
          input('objectEcK', ceph.objectEcK),
          input('objectEcM', ceph.objectEcM),
        ],
        objectRawTb,
        'TB',
        noObject ?? 'Erasure coding: k data chunks and m coding chunks for every k of data.',
      )
    : working(
        'objectUsableTb × objectReplicas',
        [input('objectUsableTb', objectUsableTb), input('objectReplicas', storage.objectReplicas)],
        objectRawTb,
        'TB',
        noObject,
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
  return noBlock === undefined
    ? classSum(demand, 'persistentGb', (c) => c.persistentGb, blockUsableGb)
    : working('0', [], 0, 'GB', noBlock);
}

/** Σ count × a flavor's own GB, every flavor named in the working. */
function classSum(demand: Demand, name: string, gb: (c: VmClass) => number, result: number) {
  const terms = classTerms(demand.classes, '×', name, gb);
  return working(terms.formula, terms.inputs, result, 'GB');
}

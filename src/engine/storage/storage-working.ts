import { readable } from '../report/readable';
import type { Design } from '../../design/design-schema';
import type { FigureKey, Working, WorkingInput } from '../report/report-types';
import { input, working } from '../report/working';
import type { ClusterFigures } from './ceph-cluster';
import {
  CORES_PER_OSD,
  HOST_CORES,
  HOST_RAM_GB,
  HDDS_PER_DB_DEVICE,
  OSD_MEMORY_HEADROOM,
} from './ceph-cluster';
import type { PoolPlan } from './pools';
import type { StoragePlan } from './storage-plan';

type Out = Partial<Record<FigureKey, Working>>;

const RATIOS_NOTE =
  'Ceph stops writes at the full ratio (0.95); plan below nearfull (0.85) and leave backfillfull (0.90) for recovery (ceph/ceph doc/rados/configuration/mon-config-ref.rst).';

/** Σ raw over the pools, each named: `rawTb(volumes) + rawTb(images) + …`. */
function rawTerms(pools: readonly PoolPlan[]): { formula: string; inputs: WorkingInput[] } {
  if (pools.length === 0) return { formula: '0', inputs: [] };
  return {
    formula: pools.map((p) => `rawTb(${p.name})`).join(' + '),
    inputs: pools.map((p) => input(`rawTb(${p.name})`, p.rawTb)),
  };
}

export function storageClusterWorking(
  design: Design,
  plan: StoragePlan,
  cluster: ClusterFigures,
  computeNodes: number,
  out: Out,
): void {
  const { storageNode, ceph } = design.physical;
  const held = rawTerms(plan.onStorageNodes);
  const perNode = [
    input('drivesPerNode', storageNode.drivesPerNode),
    input('driveTb', storageNode.driveTb),
  ];
  const bounds = plan.storageBounds;
  const noData = bounds.rawTb === 0 ? 'No data on the storage nodes.' : undefined;
  out['storage.nodesByCapacity'] = working(
    `⌈(${held.formula}) / (drivesPerNode × driveTb × nearfullRatio)⌉`,
    [...held.inputs, ...perNode, input('nearfullRatio', ceph.nearfullRatio)],
    bounds.byCapacity,
    'nodes',
    noData ?? RATIOS_NOTE,
  );
  const underBackfillfull = `⌈(${held.formula}) / (drivesPerNode × driveTb × backfillfullRatio)⌉`;
  const recoveryInputs = [
    ...held.inputs,
    ...perNode,
    input('backfillfullRatio', ceph.backfillfullRatio),
  ];
  out['storage.nodesByRecovery'] =
    bounds.racks === null
      ? working(
          `${underBackfillfull} + 1`,
          recoveryInputs,
          bounds.byRecovery,
          'nodes',
          noData ??
            'After one node is lost, the others re-replicate its data and must stay under backfillfull.',
        )
      : working(
          `least n with n − ⌈n / racks⌉ ≥ ${underBackfillfull}`,
          [...recoveryInputs, input('racks', bounds.racks)],
          bounds.byRecovery,
          'nodes',
          'With a rack loss to survive, the fullest rack’s ⌈n / racks⌉ storage nodes are lost at once; the others must hold all the data under backfillfull. Racks as planned with n storage nodes.',
        );
  out['storage.nodesByFailureDomains'] = working(
    plan.onStorageNodes.length === 0
      ? '0'
      : `max(${plan.onStorageNodes.map((p) => `size(${p.name})`).join(', ')})`,
    plan.onStorageNodes.map((p) => input(`size(${p.name})`, p.size)),
    bounds.byFailureDomains,
    'nodes',
    'A host for every replica, or for every chunk k + m of an erasure code.',
  );
  const all = rawTerms(plan.pools);
  out['storage.rawNeededTb'] = working(all.formula, all.inputs, cluster.rawNeededTb, 'TB');
  const hciRaw = cluster.osds - plan.storageNodes * cluster.ceph.osdsPerStorageNode > 0;
  out['storage.rawInstalledTb'] = working(
    hciRaw
      ? 'storageNodes × drivesPerNode × driveTb + compute nodes × compute drives TB'
      : 'storageNodes × drivesPerNode × driveTb',
    [
      input('storageNodes', plan.storageNodes),
      ...perNode,
      ...(hciRaw
        ? [
            input('compute nodes', computeNodes),
            input('compute drives TB', plan.computeRawPerNodeTb),
          ]
        : []),
    ],
    cluster.rawInstalledTb,
    'TB',
  );
  out['storage.fillRatio'] = working(
    'rawNeededTb / rawInstalledTb',
    [input('rawNeededTb', cluster.rawNeededTb), input('rawInstalledTb', cluster.rawInstalledTb)],
    cluster.fillRatio,
    'share',
    RATIOS_NOTE,
  );
  const rackDomain = plan.storageBounds.racks !== null;
  out['storage.fillAfterFailure'] = working(
    rackDomain
      ? 'rawNeededTb / (rawInstalledTb − fullest rack TB)'
      : 'rawNeededTb / (rawInstalledTb − largest node TB)',
    [
      input('rawNeededTb', cluster.rawNeededTb),
      input('rawInstalledTb', cluster.rawInstalledTb),
      input(rackDomain ? 'fullest rack TB' : 'largest node TB', cluster.lostRawTb),
    ],
    cluster.fillAfterFailure,
    'share',
    rackDomain
      ? 'With a rack loss to survive, the rack is the failure domain: the fullest rack’s storage nodes (and its hyperconverged compute nodes) are lost at once.'
      : undefined,
  );
  const osdsPerNode = cluster.ceph.osdsPerStorageNode;
  out['storage.osds'] = working(
    hciRaw
      ? 'storageNodes × OSDs per node + compute nodes × compute drives'
      : 'storageNodes × OSDs per node',
    [
      input('storageNodes', plan.storageNodes),
      input('OSDs per node', osdsPerNode),
      ...(hciRaw
        ? [
            input('compute nodes', computeNodes),
            input('compute drives', design.physical.storage.drivesPerNode),
          ]
        : []),
    ],
    cluster.osds,
    'OSDs',
    osdsPerNode === 0 && plan.storageNodes > 0
      ? 'One OSD per drive; storage nodes that hold only Swift run none.'
      : 'One OSD per drive.',
  );
  cephNeedsWorking(design, plan, cluster, out);
}

function cephNeedsWorking(
  design: Design,
  plan: StoragePlan,
  cluster: ClusterFigures,
  out: Out,
): void {
  const { storageNode, ceph } = design.physical;
  const c = cluster.ceph;
  const osdsNote =
    c.osdsPerStorageNode === 0
      ? 'The storage nodes hold only Swift here: none of their drives is a Ceph OSD.'
      : undefined;
  out['ceph.ramGbNeededPerStorageNode'] = working(
    'OSDs per node × osdMemoryTargetGb × OSD memory headroom + host RAM GB',
    [
      input('OSDs per node', c.osdsPerStorageNode),
      input('osdMemoryTargetGb', ceph.osdMemoryTargetGb),
      input('OSD memory headroom', OSD_MEMORY_HEADROOM),
      input('host RAM GB', HOST_RAM_GB),
    ],
    c.ramGbNeededPerStorageNode,
    'GB',
    osdsNote ??
      'Each OSD keeps its osd_memory_target (4 GiB by default) in RAM; Ceph advises about 20 % more for spikes the kernel is slow to reclaim (ceph/ceph doc/start/hardware-recommendations.rst).',
  );
  out['ceph.coresNeededPerStorageNode'] = working(
    'OSDs per node × cores per OSD + host cores',
    [
      input('OSDs per node', c.osdsPerStorageNode),
      input('cores per OSD', CORES_PER_OSD[storageNode.driveKind]),
      input('host cores', HOST_CORES),
    ],
    c.coresNeededPerStorageNode,
    'cores',
    'Cores per OSD by drive: HDD 1, SATA SSD 2, NVMe 4 (Ceph’s hardware recommendations).',
  );
  out['ceph.dbDevicesPerStorageNode'] = working(
    c.dbDevicesPerStorageNode > 0 ? '⌈OSDs per node / HDDs per DB device⌉' : '0',
    c.dbDevicesPerStorageNode > 0
      ? [
          input('OSDs per node', c.osdsPerStorageNode),
          input('HDDs per DB device', HDDS_PER_DB_DEVICE),
        ]
      : [],
    c.dbDevicesPerStorageNode,
    'SSDs',
    storageNode.driveKind === 'hdd'
      ? `HDD OSDs keep their BlueStore DB on a SATA SSD of at least 4 % of the data it serves: ${readable(c.dbDeviceGb)} GB each (ceph/ceph doc/start/hardware-storage-devices.rst).`
      : 'Flash OSDs keep their BlueStore DB on the drive itself.',
  );
  const survivors = Math.max(0, plan.storageNodes - cluster.lostStorageNodes);
  out['ceph.recoveryHours'] = working(
    'nodes lost × data on one node TB × 8,000 / (surviving nodes × nicGbps) / 3,600',
    [
      input('nodes lost', cluster.lostStorageNodes),
      input(
        'data on one node TB',
        plan.storageNodes > 0 ? plan.storageBounds.rawTb / plan.storageNodes : 0,
      ),
      input('surviving nodes', survivors),
      input('nicGbps', storageNode.nicGbps),
    ],
    c.recoveryHours,
    'hours',
    'Each survivor takes its share of the lost node’s data through its own link; Ceph’s network guide puts 1 TiB at about 20 minutes over 10 Gbit/s.',
  );
  out['ceph.volumeReadIopsPerVm'] = working(
    'OSDs holding volumes × driveIops / vms',
    [
      input('OSDs holding volumes', cluster.volumeOsds),
      input('driveIops', cluster.volumeDriveIops),
      input('vms', cluster.vms),
    ],
    c.volumeReadIopsPerVm,
    'IOPS',
    'Volumes on Ceph are spread over every OSD of the pool.',
  );
  const volumes = cluster.pools.find((p) => p.name === 'volumes');
  out['ceph.volumeWriteIopsPerVm'] = working(
    'volumeReadIopsPerVm / size(volumes)',
    [
      input('volumeReadIopsPerVm', c.volumeReadIopsPerVm),
      input('size(volumes)', volumes?.size ?? 0),
    ],
    c.volumeWriteIopsPerVm,
    'IOPS',
    'Every write lands on each replica (or chunk).',
  );
}

/** Hyperconverged: the compute nodes the Ceph data on their drives needs. */
export function hyperconvergedWorking(design: Design, plan: StoragePlan, out: Out): void {
  const b = plan.computeBounds;
  if (!b) return;
  const { storage, ceph } = design.physical;
  const held = rawTerms(plan.onComputeNodes);
  out['compute.nodesByStorage'] = working(
    `max(⌈(${held.formula}) / (compute drives TB × nearfullRatio)⌉, ⌈(${held.formula}) / (compute drives TB × backfillfullRatio)⌉ + 1, ${plan.onComputeNodes.length === 0 ? '0' : plan.onComputeNodes.map((p) => `size(${p.name})`).join(', ')})`,
    [
      ...held.inputs,
      input('compute drives TB', (storage.drivesPerNode * storage.driveGb) / 1000),
      input('nearfullRatio', ceph.nearfullRatio),
      input('backfillfullRatio', ceph.backfillfullRatio),
      ...plan.onComputeNodes.map((p) => input(`size(${p.name})`, p.size)),
    ],
    Math.max(b.byCapacity, b.byRecovery, b.byFailureDomains),
    'nodes',
    'Hyperconverged: the compute nodes’ drives are the Ceph OSDs, so they must hold the Ceph data below nearfull and survive losing one of them.',
  );
}

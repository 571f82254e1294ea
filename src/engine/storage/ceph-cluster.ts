import type { Design } from '../../design/design-schema';
import type { DriveKind } from '../../design/storage-cluster-schema';
import type { CephReport, StoragePool } from '../report/report-types';
import { roundUp, tidy } from '../report/rounding';
import { placementGroups } from './placement-groups';
import type { StoragePlan } from './storage-plan';

/** Cores per OSD by drive kind (ceph/ceph doc/start/hardware-recommendations: HDD 1–3, NVMe 4–6). */
export const CORES_PER_OSD: Record<DriveKind, number> = { hdd: 1, ssd: 2, nvme: 4 };
/** Host room beside the OSDs' memory targets (the OS, daemons, page cache). */
export const HOST_RAM_GB = 16;
/**
 * OSDs overshoot their memory target in spikes the kernel is slow to reclaim: budget about 20 %
 * more (ceph/ceph doc/start/hardware-recommendations.rst, Memory).
 */
export const OSD_MEMORY_HEADROOM = 1.2;
export const HOST_CORES = 2;
/** BlueStore DB on SATA SSD: at most 5 HDDs each, at least 4 % of the data it serves. */
export const HDDS_PER_DB_DEVICE = 5;
export const DB_SHARE = 0.04;

export type ClusterFigures = {
  rawNeededTb: number;
  rawInstalledTb: number;
  fillRatio: number;
  fillAfterFailure: number;
  osds: number;
  /** Raw drives lost at once: the largest node, or with the rack as failure domain the fullest rack's. */
  lostRawTb: number;
  /** Storage nodes lost at once: 1, or the fullest rack's. */
  lostStorageNodes: number;
  pools: StoragePool[];
  ceph: CephReport;
  /** What the volumes' IOPS per instance come from. */
  volumeOsds: number;
  volumeDriveIops: number;
  vms: number;
};

/** The whole cluster once compute nodes are counted: fill, OSDs, pools with PGs, needs. */
export function cephCluster(
  design: Design,
  plan: StoragePlan,
  computeNodes: number,
  vms: number,
  rackLost: { storageNodes: number; computeNodes: number } | null,
): ClusterFigures {
  const { storage, ceph } = design.physical;
  const hci = storage.hyperconverged;
  const storageNodes = plan.storageNodes;
  const storageOsdsPerNode = osdsPerStorageNode(design, plan);
  const computeOsds =
    hci && plan.onComputeNodes.length > 0 ? computeNodes * storage.drivesPerNode : 0;
  const osds = storageNodes * storageOsdsPerNode + computeOsds;
  let rawNeededTb = 0;
  for (const p of plan.pools) rawNeededTb += p.rawTb;
  rawNeededTb = tidy(rawNeededTb);
  const computeRawTb = computeOsds > 0 ? computeNodes * plan.computeRawPerNodeTb : 0;
  const rawInstalledTb = tidy(storageNodes * plan.storageRawPerNodeTb + computeRawTb);
  const lostStorageNodes = rackLost ? rackLost.storageNodes : Math.min(1, storageNodes);
  const lostRawTb = rackLost
    ? tidy(
        rackLost.storageNodes * plan.storageRawPerNodeTb +
          (computeOsds > 0 ? rackLost.computeNodes * plan.computeRawPerNodeTb : 0),
      )
    : Math.max(
        storageNodes > 0 ? plan.storageRawPerNodeTb : 0,
        computeOsds > 0 ? plan.computeRawPerNodeTb : 0,
      );
  const ratio = (raw: number, room: number) => (room > 0 ? tidy(raw / room) : raw > 0 ? 1 : 0);
  const cephDataTb = plan.pools.reduce((sum, p) => sum + (p.onCeph ? p.dataTb : 0), 0);
  const pools = plan.pools.map((p): StoragePool => ({
    name: p.name,
    dataTb: p.dataTb,
    size: p.size,
    pgs:
      p.onCeph && cephDataTb > 0
        ? placementGroups(
            ceph.targetPgsPerOsd,
            osdsOf(p, plan, storageOsdsPerNode, computeOsds),
            p.dataTb / cephDataTb,
            p.size,
          )
        : 0,
    rawTb: p.rawTb,
    erasure: p.erasure,
    onCeph: p.onCeph,
  }));
  return {
    rawNeededTb,
    rawInstalledTb,
    fillRatio: ratio(rawNeededTb, rawInstalledTb),
    fillAfterFailure: ratio(rawNeededTb, rawInstalledTb - lostRawTb),
    osds,
    lostRawTb,
    lostStorageNodes,
    pools,
    ceph: cephNeeds(design, plan, osds, vms, pools, lostStorageNodes),
    ...volumeSource(design, plan, osds),
    vms,
  };
}

/** Volumes live on the storage nodes' OSDs, or hyperconverged on the compute nodes'. */
function volumeSource(design: Design, plan: StoragePlan, osds: number) {
  const storageOsds = plan.storageNodes * osdsPerStorageNode(design, plan);
  const onCompute = plan.onComputeNodes.some((p) => p.kind === 'volumes');
  return onCompute
    ? { volumeOsds: osds - storageOsds, volumeDriveIops: design.physical.storage.driveIops }
    : { volumeOsds: storageOsds, volumeDriveIops: design.physical.storageNode.driveIops };
}

/** A pool's PGs spread over the OSDs of the nodes that hold it. */
function osdsOf(
  pool: StoragePlan['pools'][number],
  plan: StoragePlan,
  drivesPerStorageNode: number,
  computeOsds: number,
): number {
  return plan.onComputeNodes.includes(pool)
    ? computeOsds
    : plan.storageNodes * drivesPerStorageNode;
}

function cephNeeds(
  design: Design,
  plan: StoragePlan,
  osds: number,
  vms: number,
  pools: readonly StoragePool[],
  lostStorageNodes: number,
): CephReport {
  const { storageNode, ceph } = design.physical;
  const perNode = osdsPerStorageNode(design, plan);
  const hdd = storageNode.driveKind === 'hdd';
  const dbDevicesPerStorageNode = hdd ? roundUp(perNode / HDDS_PER_DB_DEVICE) : 0;
  const hddsPerDb = dbDevicesPerStorageNode > 0 ? Math.min(HDDS_PER_DB_DEVICE, perNode) : 0;
  const lostTb = lostStorageNodes * plan.storageRawPerNodeTb * fillOf(plan);
  const survivors = plan.storageNodes - lostStorageNodes;
  // Each survivor takes its share of the lost nodes' data through its own link (decimal TB).
  const recoveryHours =
    survivors > 0 ? tidy((lostTb * 8000) / (survivors * storageNode.nicGbps) / 3600) : 0;
  const volumes = pools.find((p) => p.name === 'volumes');
  const source = volumeSource(design, plan, osds);
  const volumeReadIopsPerVm =
    volumes && vms > 0 ? tidy((source.volumeOsds * source.volumeDriveIops) / vms) : 0;
  const controllers = design.logical.controllers;
  const oddControllers = controllers % 2 === 1 ? controllers : Math.max(1, controllers - 1);
  return {
    failureDomain: design.racks.surviveRackLoss ? 'rack' : 'host',
    osdsPerStorageNode: perNode,
    ramGbNeededPerStorageNode: tidy(
      perNode * ceph.osdMemoryTargetGb * OSD_MEMORY_HEADROOM + HOST_RAM_GB,
    ),
    coresNeededPerStorageNode: perNode * CORES_PER_OSD[storageNode.driveKind] + HOST_CORES,
    dbDevicesPerStorageNode,
    dbDeviceGb: tidy(hddsPerDb * storageNode.driveTb * 1000 * DB_SHARE),
    // MONs and MGRs run on the controllers: an odd quorum of up to 5, a standby manager.
    monitors: osds > 0 ? Math.min(5, oddControllers) : 0,
    managers: osds > 0 ? Math.min(2, controllers) : 0,
    recoveryHours,
    volumeReadIopsPerVm,
    volumeWriteIopsPerVm: volumes ? tidy(volumeReadIopsPerVm / volumes.size) : 0,
  };
}

/** A storage node's drives are OSDs when it holds a Ceph pool; holding only Swift, none are. */
export function osdsPerStorageNode(design: Design, plan: StoragePlan): number {
  return plan.onStorageNodes.some((p) => p.onCeph) ? design.physical.storageNode.drivesPerNode : 0;
}

/** Share of a storage node's raw drives its data fills. */
function fillOf(plan: StoragePlan): number {
  const installed = plan.storageNodes * plan.storageRawPerNodeTb;
  return installed > 0 ? Math.min(1, plan.storageBounds.rawTb / installed) : 0;
}

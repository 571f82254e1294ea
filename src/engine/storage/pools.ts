import type { Design } from '../../design/design-schema';
import { tidy } from '../report/rounding';
import type { Demand } from '../sizing/demand';
import { sumBy } from '../sizing/demand';
import { hasStorageService } from '../sizing/nodes';

export type PoolKind = 'volumes' | 'vms' | 'images' | 'objects';

/** One kind of data and how it is kept: replicated `size` times, or erasure-coded k + m. */
export type PoolPlan = {
  name: string;
  kind: PoolKind;
  dataTb: number;
  /** Replicas, or k + m: also the failure domains (hosts) it needs. */
  size: number;
  erasure: { k: number; m: number } | null;
  /** Raw bytes stored per usable byte: the replicas, or (k + m) / k. */
  overhead: number;
  rawTb: number;
  /** Ceph pools get placement groups; Swift keeps its own rings. */
  onCeph: boolean;
};

function protection(replicas: number, k: number, m: number) {
  return k > 0
    ? { size: k + m, erasure: { k, m }, overhead: (k + m) / k }
    : { size: replicas, erasure: null, overhead: replicas };
}

function pool(
  name: string,
  kind: PoolKind,
  dataTb: number,
  kept: ReturnType<typeof protection>,
  onCeph: boolean,
): PoolPlan {
  return { name, kind, dataTb, ...kept, rawTb: tidy(dataTb * kept.overhead), onCeph };
}

/**
 * The data the storage holds, pool by pool (names as OpenStack deployments create them):
 * Cinder volumes, Glance images, instance disks when they live on Ceph, and objects in Swift or
 * Ceph RGW. A pool with no data is left out. Hyperconverged nodes keep instance disks on Ceph.
 */
export function poolsOf(design: Design, demand: Demand): PoolPlan[] {
  const { storage, ceph, workload } = design.physical;
  const services = design.conceptual.services;
  const pools: PoolPlan[] = [];
  const cluster = hasStorageService(design) || storage.hyperconverged;
  const volumes = services.includes('blockStorage') ? tidy(demand.persistentGbTotal / 1000) : 0;
  const block = protection(storage.blockReplicas, ceph.blockEcK, ceph.blockEcM);
  if (volumes > 0) pools.push(pool('volumes', 'volumes', volumes, block, true));
  if (cluster && (ceph.ephemeralOnCeph || storage.hyperconverged)) {
    const disks = tidy(sumBy(demand.classes, (c) => c.ephemeralGb) / 1000);
    const replicated = protection(storage.blockReplicas, 0, 0);
    if (disks > 0) pools.push(pool('vms', 'vms', disks, replicated, true));
  }
  // Glance keeps images on Ceph when there is a Ceph cluster (volumes, instance disks, RGW or
  // CephFS shares); beside Swift alone, in Swift.
  const cephCluster =
    volumes > 0 ||
    pools.some((p) => p.kind === 'vms') ||
    services.includes('fileShare') ||
    (services.includes('objectStorage') && ceph.objectBackend === 'ceph-rgw');
  const swiftOnly = !cephCluster && services.includes('objectStorage');
  if (cluster && ceph.imagesTb > 0)
    pools.push(
      pool('images', 'images', ceph.imagesTb, protection(ceph.imageReplicas, 0, 0), !swiftOnly),
    );
  const objects = services.includes('objectStorage') ? workload.objectUsableTb : 0;
  if (objects > 0) {
    const kept = protection(storage.objectReplicas, ceph.objectEcK, ceph.objectEcM);
    pools.push(
      ceph.objectBackend === 'swift'
        ? pool('swift', 'objects', objects, kept, false)
        : pool('default.rgw.buckets.data', 'objects', objects, kept, true),
    );
  }
  return pools;
}

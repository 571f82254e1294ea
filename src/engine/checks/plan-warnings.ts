import type { Design } from '../../design/design-schema';
import type { GrowthReport, RacksReport } from '../report/plan-report-types';
import { hasStorageService } from '../sizing/nodes';
import type { CephReport, NodesReport, SizingWarning, StorageReport } from '../report/report-types';
import { readable } from '../report/readable';

/** Swift wants at least five zones to place three replicas and survive a zone loss. */
const SWIFT_MIN_ZONES = 5;

type SizedStorage = {
  racks: RacksReport;
  storage: StorageReport;
  ceph: CephReport;
  nodes: NodesReport;
};

/** Warnings about flavors, growth and racks: what the book's single-VM arithmetic cannot see. */
export function planWarnings(
  design: Design,
  sized: SizedStorage,
  growth: GrowthReport,
): SizingWarning[] {
  const warnings: SizingWarning[] = [];
  if (growth.purchaseYears.length > 0) {
    const years = growth.purchaseYears.join(', ');
    warnings.push({
      code: 'growth-purchase-due',
      severity: 'info',
      message: `Bought for year ${growth.buyForYear}, the cloud needs more compute or storage nodes, RAM or racks in year ${years} of ${growth.horizonYears}.`,
    });
  }

  const { rackLoss, controllersPerRackMax } = sized.racks;
  if (rackLoss.enabled && !rackLoss.quorumSurvives) {
    const controllers = design.logical.controllers;
    warnings.push({
      code: 'rack-loss-quorum',
      severity: 'warning',
      message: `Losing the rack with ${controllersPerRackMax} of the ${controllers} controllers leaves ${rackLoss.controllersAfterLoss}: no majority for Galera and RabbitMQ.`,
    });
  }
  for (const warning of storageWarnings(design, sized)) warnings.push(warning);
  return warnings;
}

/** What the sized storage nodes and Ceph still ask of the architect. */
function storageWarnings(design: Design, sized: SizedStorage): SizingWarning[] {
  const warnings: SizingWarning[] = [];
  const { storage, ceph, racks, nodes } = sized;
  const hci = design.physical.storage.hyperconverged;
  if (hasStorageService(design) && nodes.storage === 0 && !hci)
    warnings.push({
      code: 'no-storage-nodes',
      severity: 'warning',
      message:
        'Storage services are chosen but no storage node is asked for and no data is sized for one: nothing runs them.',
    });
  const swift = storage.pools.some((p) => !p.onCeph);
  if (swift && nodes.storage < SWIFT_MIN_ZONES)
    warnings.push({
      code: 'object-zones-below-five',
      severity: 'warning',
      message: `${readable(nodes.storage)} storage nodes: Swift should start with at least ${SWIFT_MIN_ZONES} zones.`,
    });
  for (const pool of storage.pools) {
    // Hyperconverged, the Ceph pools live on the compute nodes; Swift stays on storage nodes.
    const onCompute = hci && pool.onCeph;
    const hosts = onCompute ? nodes.compute : nodes.storage;
    if (pool.size > hosts) {
      const kept = pool.erasure
        ? `${pool.erasure.k} + ${pool.erasure.m} chunks`
        : `${pool.size} copies`;
      warnings.push({
        code: 'replicas-exceed-storage-nodes',
        severity: 'warning',
        message: `The ${pool.name} pool keeps ${kept} but has ${readable(hosts)} ${onCompute ? 'compute' : 'storage'} nodes to put them on: two would share a node.`,
      });
    }
  }
  const { storageNode } = design.physical;
  const nearfull = design.physical.ceph.nearfullRatio;
  const pct = (share: number) => `${readable(share * 100)} %`;
  if (storage.fillRatio > nearfull)
    warnings.push({
      code: 'storage-above-nearfull',
      severity: 'warning',
      message: `The storage is ${pct(storage.fillRatio)} full, above Ceph's nearfull ratio of ${pct(nearfull)}.`,
    });
  if (storage.osds === 0) return warnings;
  if (nodes.storage > 0 && ceph.dbDevicesPerStorageNode > 0) {
    const bays = ceph.osdsPerStorageNode + ceph.dbDevicesPerStorageNode;
    if (bays > storageNode.driveBays)
      warnings.push({
        code: 'storage-node-bays-short',
        severity: 'warning',
        message: `A storage node's ${readable(ceph.osdsPerStorageNode)} HDDs keep their BlueStore DB on ${readable(ceph.dbDevicesPerStorageNode)} SSDs: ${readable(bays)} drives for ${readable(storageNode.driveBays)} bays.`,
      });
  }
  if (nodes.storage > 0 && ceph.osdsPerStorageNode > 0) {
    if (storageNode.ramGb < ceph.ramGbNeededPerStorageNode)
      warnings.push({
        code: 'storage-node-ram-short',
        severity: 'warning',
        message: `A storage node has ${readable(storageNode.ramGb)} GB of RAM; its ${readable(ceph.osdsPerStorageNode)} OSDs and the host need ${readable(ceph.ramGbNeededPerStorageNode)} GB.`,
      });
    if (storageNode.cores < ceph.coresNeededPerStorageNode)
      warnings.push({
        code: 'storage-node-cores-short',
        severity: 'warning',
        message: `A storage node has ${readable(storageNode.cores)} cores; its ${readable(ceph.osdsPerStorageNode)} OSDs and the host need ${readable(ceph.coresNeededPerStorageNode)}.`,
      });
  }
  const widest = Math.max(0, ...storage.pools.map((p) => p.size));
  if (ceph.failureDomain === 'rack' && racks.count < widest)
    warnings.push({
      code: 'storage-rack-failure-domain',
      severity: 'warning',
      message: `To survive a rack loss, each pool's copies (or chunks) need a rack each: ${readable(widest)} racks, but the design has ${readable(racks.count)}.`,
    });
  return warnings;
}

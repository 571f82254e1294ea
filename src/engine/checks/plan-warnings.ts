import type { Design } from '../../design/design-schema';
import type { GrowthReport, RacksReport } from '../report/plan-report-types';
import type { CephReport, SizingWarning, StorageReport } from '../report/report-types';

/** Warnings about flavors, growth and racks: what the book's single-VM arithmetic cannot see. */
export function planWarnings(
  design: Design,
  sized: { racks: RacksReport; storage: StorageReport; ceph: CephReport },
  growth: GrowthReport,
): SizingWarning[] {
  const warnings: SizingWarning[] = [];
  if (growth.purchaseYears.length > 0) {
    const years = growth.purchaseYears.join(', ');
    warnings.push({
      code: 'growth-purchase-due',
      severity: 'info',
      message: `Bought for year ${growth.buyForYear}, the cloud needs more compute nodes, RAM or racks in year ${years} of ${growth.horizonYears}.`,
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
function storageWarnings(
  design: Design,
  sized: { racks: RacksReport; storage: StorageReport; ceph: CephReport },
): SizingWarning[] {
  const warnings: SizingWarning[] = [];
  const { storage, ceph, racks } = sized;
  const { storageNode } = design.physical;
  const nearfull = design.physical.ceph.nearfullRatio;
  const pct = (share: number) =>
    `${(share * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })} %`;
  if (storage.fillRatio > nearfull)
    warnings.push({
      code: 'storage-above-nearfull',
      severity: 'warning',
      message: `The storage is ${pct(storage.fillRatio)} full, above Ceph's nearfull ratio of ${pct(nearfull)}.`,
    });
  if (storage.osds === 0) return warnings;
  if (design.logical.storageNodes > 0 || sized.storage.nodesByCapacity > 0) {
    if (storageNode.ramGb < ceph.ramGbNeededPerStorageNode)
      warnings.push({
        code: 'storage-node-ram-short',
        severity: 'warning',
        message: `A storage node has ${storageNode.ramGb.toLocaleString('en-US')} GB of RAM; its ${ceph.osdsPerStorageNode} OSDs and the host need ${ceph.ramGbNeededPerStorageNode.toLocaleString('en-US')} GB.`,
      });
    if (storageNode.cores < ceph.coresNeededPerStorageNode)
      warnings.push({
        code: 'storage-node-cores-short',
        severity: 'warning',
        message: `A storage node has ${storageNode.cores} cores; its ${ceph.osdsPerStorageNode} OSDs and the host need ${ceph.coresNeededPerStorageNode}.`,
      });
  }
  const widest = Math.max(0, ...storage.pools.map((p) => p.size));
  if (ceph.failureDomain === 'rack' && racks.count < widest)
    warnings.push({
      code: 'storage-rack-failure-domain',
      severity: 'warning',
      message: `To survive a rack loss, each pool's copies (or chunks) need a rack each: ${widest} racks, but the design has ${racks.count}.`,
    });
  return warnings;
}

import type { Design } from '../../design/design-schema';
import type { NodePrices } from '../../design/costing-schema';
import type { MemoryReport, NetworkReport } from '../report/report-types';

/** One stick of `gb`: its listed price, else its GB at the price per GB. */
export function stickPrice(prices: NodePrices, gb: number): number {
  return prices.stickPrices.find((s) => s.gb === gb)?.price ?? gb * prices.ramPricePerGb;
}

/**
 * A compute node as bought: the server (chassis, processors, boards), its sticks, its drives and
 * its NICs, from the sizing's sticks and NICs and the design's drives.
 */
export function computeNodePrice(
  design: Design,
  memory: MemoryReport,
  network: NetworkReport,
): number {
  const prices = design.costing.compute;
  return (
    prices.serverPrice +
    memory.sticksPerNode * stickPrice(prices, memory.stickGb) +
    design.physical.storage.drivesPerNode * prices.drivePrice +
    network.nicsPerNode * prices.nicPrice
  );
}

/** A storage node: its server and the data drives it holds. */
export function storageNodePrice(design: Design): number {
  const { costing, physical } = design;
  return (
    costing.storageServerPrice + physical.storageNode.drivesPerNode * costing.storageDrivePrice
  );
}

/** A rack as bought: the rack, its PDU pair and its top-of-rack switch pair. */
export function rackPrice(design: Design): number {
  const { costing } = design;
  return costing.rackPrice + costing.pduPairPrice + costing.switchPairPrice;
}

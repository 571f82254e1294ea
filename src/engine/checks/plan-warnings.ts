import type { Design } from '../../design/design-schema';
import type { GrowthReport, RacksReport } from '../report/plan-report-types';
import type { SizingWarning } from '../report/report-types';

/** Warnings about flavors, growth and racks: what the book's single-VM arithmetic cannot see. */
export function planWarnings(
  design: Design,
  sized: { racks: RacksReport },
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
  return warnings;
}

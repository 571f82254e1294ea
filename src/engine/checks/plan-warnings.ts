import type { Design } from '../../design/design-schema';
import type { Demand } from '../sizing/demand';
import type { NodeLimits } from '../sizing/node-limits';
import type { GrowthReport, RacksReport } from '../report/plan-report-types';
import type { MemoryReport, SizingWarning } from '../report/report-types';

/** Warnings about flavors, growth and racks: what the book's single-VM arithmetic cannot see. */
export function planWarnings(
  design: Design,
  sized: { demand: Demand; limits: NodeLimits; memory: MemoryReport; racks: RacksReport },
  growth: GrowthReport,
): SizingWarning[] {
  const warnings: SizingWarning[] = [];
  const tooBig = flavorsTooBig(design, sized);
  if (tooBig.length > 0)
    warnings.push({
      code: 'flavor-exceeds-node',
      severity: 'warning',
      message: `Nova places an instance only on a node with its whole flavor free before oversubscription: ${tooBig.join('; ')}.`,
    });

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

/** Each flavor (or the average VM) whose vCPUs or RAM exceed a whole node's raw resources. */
function flavorsTooBig(
  design: Design,
  sized: { demand: Demand; limits: NodeLimits; memory: MemoryReport },
): string[] {
  const { cpu, memory } = design.physical;
  const threads = cpu.coresPerSocket * cpu.socketsPerServer * cpu.hyperThreadingFactor;
  const ramFree =
    sized.memory.gbInstalledPerNode -
    sized.limits.reserve.totalGbPerNode -
    memory.ramOverheadGbPerVm;
  const tooBig: string[] = [];
  for (const c of sized.demand.classes) {
    const wide = c.vcpus !== null && c.vcpus > threads;
    const fat = c.ramGb > ramFree;
    if (!wide && !fat) continue;
    const problems: string[] = [];
    if (wide) problems.push(`${c.vcpus} vCPUs > ${threads} threads`);
    if (fat) problems.push(`${c.ramGb} GB RAM > ${ramFree} GB a node has free`);
    const name = sized.demand.source === 'flavors' ? c.name : 'the largest VM';
    tooBig.push(`${name} (${problems.join(', ')})`);
  }
  return tooBig;
}

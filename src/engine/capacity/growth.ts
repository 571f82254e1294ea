import type { Design } from '../../design/design-schema';
import type { GrowthReport, GrowthYear } from '../report/plan-report-types';
import type { FigureKey, Working } from '../report/report-types';
import type { YearSizing } from '../sizing/size-year';
import { input, working } from '../report/working';

/**
 * The cloud year by year, and when purchases fall due. What is bought first is the sizing of
 * `buyForYear`; a later year calls for a purchase once it needs more compute nodes, more RAM per
 * node or more racks than are owned by then.
 */
export function growthReport(
  design: Design,
  years: readonly YearSizing[],
  out?: Partial<Record<FigureKey, Working>>,
): GrowthReport {
  const { plan } = design;
  const bought = years[plan.buyForYear] ?? years[0];
  let ownedCompute = bought?.nodes.compute ?? 0;
  let ownedGbPerNode = bought?.memory.gbInstalledPerNode ?? 0;
  let ownedRacks = bought?.racks.count ?? 0;
  const rows: GrowthYear[] = [];
  const purchaseYears: number[] = [];
  for (let year = 0; year < years.length; year++) {
    const y = years[year];
    if (!y) continue;
    const { compute } = y.nodes;
    const { gbInstalledPerNode } = y.memory;
    const racks = y.racks.count;
    const first = year === 0;
    const computeNodesToBuy = first ? ownedCompute : Math.max(0, compute - ownedCompute);
    const ramGbToAddPerNode = first ? 0 : Math.max(0, gbInstalledPerNode - ownedGbPerNode);
    const racksToAdd = first ? ownedRacks : Math.max(0, racks - ownedRacks);
    const purchaseDue = first || computeNodesToBuy > 0 || ramGbToAddPerNode > 0 || racksToAdd > 0;
    if (!first) {
      ownedCompute = Math.max(ownedCompute, compute);
      ownedGbPerNode = Math.max(ownedGbPerNode, gbInstalledPerNode);
      ownedRacks = Math.max(ownedRacks, racks);
      if (purchaseDue) purchaseYears.push(year);
    }
    rows.push({
      year,
      vms: y.demand.vms,
      nodes: y.nodes,
      gbInstalledPerNode,
      ramGbInstalled: gbInstalledPerNode * compute,
      racks,
      powerKw: y.racks.powerKw,
      purchaseDue,
      computeNodesToBuy,
      ramGbToAddPerNode,
      racksToAdd,
    });
  }
  if (out) {
    const sized = bought?.demand.vms ?? 0;
    const today = years[0]?.demand.vms ?? 0;
    out['growth.vms'] = working(
      bought?.demand.source === 'flavors'
        ? 'Σ ⌈count × (1 + growthPerYear)^buyForYear⌉'
        : '⌈vms × (1 + growthPerYear)^buyForYear⌉',
      [
        input(bought?.demand.source === 'flavors' ? 'count' : 'vms', today),
        input('growthPerYear', plan.growthPerYear),
        input('buyForYear', plan.buyForYear),
      ],
      sized,
      'VMs',
      bought?.demand.source === 'flavors'
        ? 'Each flavor grows and rounds up on its own; count here is all flavors today.'
        : undefined,
    );
  }
  return {
    growthPerYear: plan.growthPerYear,
    horizonYears: plan.horizonYears,
    buyForYear: plan.buyForYear,
    years: rows,
    purchaseYears,
  };
}

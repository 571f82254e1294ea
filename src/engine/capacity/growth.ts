import type { Design } from '../../design/design-schema';
import type { GrowthReport, GrowthYear, NodeCounts } from '../report/plan-report-types';
import type { FigureKey, Working } from '../report/report-types';
import { tidy } from '../report/rounding';
import { input, working } from '../report/working';
import { powerWOf } from '../racks/power';
import type { YearSizing } from '../sizing/size-year';

type Owned = { nodes: NodeCounts; gbPerNode: number; racks: number };

/**
 * The cloud year by year: what each year needs and what is owned. The first purchase is the
 * sizing of `buyForYear`, bought in year 0; a later year buys the difference once its need
 * passes what is owned (compute nodes, RAM per node, racks). Nothing owned is ever sold.
 */
export function growthReport(
  design: Design,
  years: readonly YearSizing[],
  out?: Partial<Record<FigureKey, Working>>,
): GrowthReport {
  const { plan } = design;
  const bought = years[plan.buyForYear] ?? years[0];
  let owned: Owned | null = null;
  const rows: GrowthYear[] = [];
  const purchaseYears: number[] = [];
  for (let year = 0; year < years.length; year++) {
    const y = years[year];
    if (!y || !bought) continue;
    const before: Owned = owned ?? {
      nodes: { controller: 0, network: 0, compute: 0, storage: 0, total: 0 },
      gbPerNode: 0,
      racks: 0,
    };
    // Year 0 buys the sizing of the year planned for; later years what their need adds.
    const target = year === 0 ? bought : y;
    owned = {
      nodes: mostOf(before.nodes, target.nodes),
      gbPerNode: Math.max(before.gbPerNode, target.memory.gbInstalledPerNode),
      racks: Math.max(before.racks, target.racks.count),
    };
    const computeNodesToBuy = owned.nodes.compute - before.nodes.compute;
    const storageNodesToBuy = owned.nodes.storage - before.nodes.storage;
    const ramGbToAddPerNode = year === 0 ? 0 : owned.gbPerNode - before.gbPerNode;
    const racksToAdd = owned.racks - before.racks;
    const purchaseDue =
      year === 0 ||
      computeNodesToBuy > 0 ||
      storageNodesToBuy > 0 ||
      ramGbToAddPerNode > 0 ||
      racksToAdd > 0;
    if (year > 0 && purchaseDue) purchaseYears.push(year);
    rows.push({
      year,
      vms: y.demand.vms,
      nodes: owned.nodes,
      needed: y.nodes,
      gbInstalledPerNode: owned.gbPerNode,
      gbNeededPerNode: y.memory.gbNeededPerNode,
      ramGbInstalled: owned.gbPerNode * owned.nodes.compute,
      racks: owned.racks,
      racksNeeded: y.racks.count,
      powerKw: tidy(powerWOf(design, owned.nodes, owned.racks) / 1000),
      purchaseDue,
      computeNodesToBuy,
      storageNodesToBuy,
      ramGbToAddPerNode,
      racksToAdd,
    });
  }
  if (out && bought) out['growth.vms'] = vmsWorking(design, years[0], bought);
  return {
    growthPerYear: plan.growthPerYear,
    horizonYears: plan.horizonYears,
    buyForYear: plan.buyForYear,
    years: rows,
    purchaseYears,
  };
}

function mostOf(a: NodeCounts, b: NodeCounts): NodeCounts {
  const most = {
    controller: Math.max(a.controller, b.controller),
    network: Math.max(a.network, b.network),
    compute: Math.max(a.compute, b.compute),
    storage: Math.max(a.storage, b.storage),
  };
  return { ...most, total: most.controller + most.network + most.compute + most.storage };
}

/** The instances sized for: each flavor grown and rounded up on its own, every term written out. */
function vmsWorking(design: Design, today: YearSizing | undefined, bought: YearSizing): Working {
  const { plan } = design;
  const rate = [input('growthPerYear', plan.growthPerYear), input('buyForYear', plan.buyForYear)];
  if (bought.demand.source !== 'flavors')
    return working(
      '⌈vms × (1 + growthPerYear)^buyForYear⌉',
      [input('vms', today?.demand.vms ?? 0), ...rate],
      bought.demand.vms,
      'VMs',
    );
  const counts = today?.demand.classes ?? [];
  const formula = counts
    .map((c) => `⌈count(${c.name}) × (1 + growthPerYear)^buyForYear⌉`)
    .join(' + ');
  return working(
    formula,
    [...counts.map((c) => input(`count(${c.name})`, c.count)), ...rate],
    bought.demand.vms,
    'VMs',
    'Each flavor grows and rounds up on its own.',
  );
}

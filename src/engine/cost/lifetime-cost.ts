import type { Design } from '../../design/design-schema';
import type { GrowthYear } from '../report/plan-report-types';
import type { HeadroomReport } from '../report/plan-report-types';
import type { MemoryReport, NetworkReport } from '../report/report-types';
import { tidy } from '../report/rounding';
import { input, working } from '../report/working';
import { readable } from '../report/readable';
import type { CostReport, CostYear, UnitPrices } from './cost-types';
import { computeNodePrice, rackPrice, stickPrice, storageNodePrice } from './unit-prices';
import { nodeWatts, type NodeWatts } from './power-estimate';
import { storageNodeWatts, type StorageWatts } from './storage-power';

export const HOURS_PER_YEAR = 8_760;

/** What the cost needs of a sizing: the sticks and NICs bought, the years, the load. */
export type CostInputs = {
  memory: MemoryReport;
  network: NetworkReport;
  headroom: HeadroomReport;
  years: readonly GrowthYear[];
};

/**
 * The cloud's cost over its life: the growth plan's horizon in years (at least one), year 0 the
 * first. Capital: year 0 buys every node and rack owned that year; a later year buys the compute
 * and storage nodes, racks and RAM the growth plan adds. Power: the average kW drawn × 8,760 h ×
 * PUE × the price of a kWh, with compute nodes drawing idle watts plus their CPU utilisation of
 * the span to loaded watts (the rack planner's), storage nodes their stated or estimated watts all
 * the time, every other node and switch its planned watts.
 * Support: each year, the share of all hardware bought so far.
 */
export function lifetimeCost(design: Design, sizing: CostInputs): CostReport {
  const { costing } = design;
  const unitPrices = unitPricesOf(design, sizing);
  const lifeYears = Math.max(1, design.plan.horizonYears);
  const loadedWatts = design.racks.wattsPerNode.compute;
  const watts = nodeWatts(
    costing.compute,
    loadedWatts,
    {
      sockets: design.physical.cpu.socketsPerServer,
      sticks: sizing.memory.sticksPerNode,
      drives: design.physical.storage.drivesPerNode,
    },
    sizing.headroom.utilisation.cpu,
  );
  const averageWatts = watts.average;
  const plannedStorage = design.racks.wattsPerNode.storage;
  const storage = storageNodeWatts(
    plannedStorage,
    costing.storageTdp,
    design.physical.storageNode.drivesPerNode,
  );
  // Zero without an estimate, so the stated watts price exactly as before it existed.
  const storageLessWatts = plannedStorage - storage.watts;
  const pricePerGb = unitPrices.stick / sizing.memory.stickGb;

  const years: CostYear[] = [];
  let owned = 0;
  let previousCompute = 0;
  for (const year of sizing.years.slice(0, lifeYears)) {
    const capital =
      year.year === 0
        ? firstPurchase(year, unitPrices)
        : year.computeNodesToBuy * unitPrices.compute +
          year.storageNodesToBuy * unitPrices.storage +
          year.racksToAdd * unitPrices.rack +
          year.ramGbToAddPerNode * previousCompute * pricePerGb;
    owned += capital;
    const averageKw = tidy(
      year.powerKw -
        (year.nodes.compute * (loadedWatts - averageWatts)) / 1000 -
        (year.nodes.storage * storageLessWatts) / 1000,
    );
    const power = averageKw * HOURS_PER_YEAR * costing.pue * costing.kwhPrice;
    const support = owned * costing.supportShare;
    years.push({
      year: year.year,
      instances: year.vms,
      capital: tidy(capital),
      averageKw,
      power: tidy(power),
      support: tidy(support),
      total: tidy(capital + power + support),
    });
    previousCompute = year.nodes.compute;
  }
  return totals(design, unitPrices, lifeYears, years, { compute: watts, storage });
}

function unitPricesOf(design: Design, sizing: CostInputs): UnitPrices {
  return {
    compute: tidy(computeNodePrice(design, sizing.memory, sizing.network)),
    storage: tidy(storageNodePrice(design)),
    controller: design.costing.controllerPrice,
    network: design.costing.networkNodePrice,
    rack: tidy(rackPrice(design)),
    stick: stickPrice(design.costing.compute, sizing.memory.stickGb),
  };
}

function firstPurchase(year: GrowthYear, prices: UnitPrices): number {
  const { nodes } = year;
  return (
    nodes.controller * prices.controller +
    nodes.network * prices.network +
    nodes.compute * prices.compute +
    nodes.storage * prices.storage +
    year.racks * prices.rack
  );
}

function totals(
  design: Design,
  unitPrices: UnitPrices,
  lifeYears: number,
  years: CostYear[],
  { compute: watts, storage }: { compute: NodeWatts; storage: StorageWatts },
): CostReport {
  const { costing } = design;
  const sum = (pick: (y: CostYear) => number) => tidy(years.reduce((s, y) => s + pick(y), 0));
  const capital = sum((y) => y.capital);
  const power = sum((y) => y.power);
  const support = sum((y) => y.support);
  const total = tidy(capital + power + support);
  const instanceMonths = years.reduce((s, y) => s + y.instances * 12, 0);
  const perInstanceMonth = instanceMonths > 0 ? tidy(total / instanceMonths) : 0;
  const money = costing.currency;
  const named = (name: string, pick: (y: CostYear) => number) =>
    years.map((y) => input(`${name} year ${y.year}`, pick(y)));
  const sumOf = (inputs: readonly { name: string }[]) => inputs.map((i) => i.name).join(' + ');
  const bought = named('hardware bought', (y) => y.capital);
  const kw = named('average kW', (y) => y.averageKw);
  let running = 0;
  const owned = named('hardware owned', (y) => (running = tidy(running + y.capital)));
  const instances = named('instances', (y) => y.instances);
  return {
    currency: costing.currency,
    lifeYears,
    unitPrices,
    years,
    capital,
    power,
    support,
    total,
    instanceMonths,
    perInstanceMonth,
    computeWatts: { loaded: watts.loaded, idle: watts.idle, average: watts.average },
    storageWatts: storage.watts,
    working: {
      averageWatts: watts.working,
      storageWatts: storage.working,
      capital: working(
        sumOf(bought),
        bought,
        capital,
        money,
        'Year 0 buys every node at its price and every rack with its PDU pair and switch pair; a later year buys the compute and storage nodes, racks and RAM the growth plan adds.',
      ),
      power: working(
        `(${sumOf(kw)}) × 8,760 h × PUE × price of a kWh`,
        [...kw, input('PUE', costing.pue), input('price of a kWh', costing.kwhPrice)],
        power,
        money,
        `${powerNote(design, watts)} ${storageNote(design, storage)}`,
      ),
      support: working(
        `support share × (${sumOf(owned)})`,
        [input('support share', costing.supportShare), ...owned],
        support,
        money,
      ),
      total: working(
        'capital + power + support',
        [input('capital', capital), input('power', power), input('support', support)],
        total,
        money,
      ),
      perInstanceMonth: working(
        `total cost / ((${sumOf(instances)}) × 12 months)`,
        [input('total cost', total), ...instances],
        perInstanceMonth,
        `${money} per instance per month`,
      ),
    },
  };
}

/** How a compute node's average watts were found, in a sentence under the power's working. */
function powerNote(design: Design, watts: NodeWatts): string {
  const average = readable(watts.average);
  return design.costing.compute.tdp
    ? `A compute node's watts are estimated from its parts (CPU TDP, sticks, drives, base): ${readable(watts.loaded)} W loaded, ${readable(watts.idle)} W idle, ${average} W on average at the CPU in use.`
    : `A compute node draws its idle ${readable(watts.idle)} W plus the CPU in use times the span to its loaded ${readable(watts.loaded)} W: ${average} W on average.`;
}

/**
 * How the storage nodes and the rest reach the power's working. Without a storage estimate the
 * sentence is the one the power's working always had.
 */
function storageNote(design: Design, storage: StorageWatts): string {
  const compute = `each compute node's planned ${readable(design.racks.wattsPerNode.compute)} W, plus its average`;
  if (!design.costing.storageTdp)
    return `Every other node and switch draws its planned watts, and each year's kW is its planned kW less ${compute}.`;
  return `A storage node's watts are estimated from its parts (CPU TDP, data drives, base): ${readable(storage.watts)} W, drawn all the time. Every other node and switch draws its planned watts, and each year's kW is its planned kW less ${compute}, and less each storage node's planned ${readable(design.racks.wattsPerNode.storage)} W, plus its estimate.`;
}

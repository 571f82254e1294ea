import type { Design } from '../design/design-schema';
import { demandOf, type Demand } from './sizing/demand';
import { flavorsReport } from './sizing/flavors-report';
import { growthReport } from './capacity/growth';
import { headroomOf } from './capacity/headroom';
import { planWarnings } from './checks/plan-warnings';
import type { FieldError } from '../design/field-error';
import type { FigureKey, Sizing, SizingResult, Working, Workings } from './report/report-types';
import { sizeYear, type YearSizing } from './sizing/size-year';
import { collectWarnings } from './checks/warnings';
import { planAddresses } from './addressing/address-plan';
import { addressingWarnings } from './addressing/addressing-warnings';
import { lifetimeCost } from './cost/lifetime-cost';
import { compareProfiles } from './cost/compare-profiles';

type SizingFailure = Extract<SizingResult, { ok: false }>;

/**
 * The sizing engine: one pure function of a validated design. The report's figures are those of
 * `plan.buyForYear` (0, today, unless the architect buys ahead); every year of the horizon is
 * sized too, for the growth table. A design in which a single VM cannot fit on a node at all
 * comes back as field errors, never as a division by zero.
 */
export function sizeDesign(design: Design): SizingResult {
  const out: Partial<Record<FigureKey, Working>> = {};
  const bought = sizeYear(design, demandOf(design, design.plan.buyForYear), out);
  if (!bought.ok) return bought;
  const sized = bought.sized;

  const years = sizeYears(design, sized);
  if (!Array.isArray(years)) return years;
  const growth = growthReport(design, years, out);
  const headroom = headroomOf(design, sized.demand, sized.limits, sized.bounds, sized.memory, out);
  const { compute, memory, network, storage, nodes, racks } = sized;
  const warnings = collectWarnings(design, { compute, memory, network, storage }, sized.demand);
  for (const warning of planWarnings(design, sized, growth)) warnings.push(warning);
  const addressing = planAddresses(design, nodes, network);
  for (const warning of addressingWarnings(addressing)) warnings.push(warning);
  const cost = lifetimeCost(design, { memory, network, headroom, years: growth.years });
  const sizing: Sizing = {
    report: {
      compute,
      memory,
      network,
      storage,
      nodes,
      warnings,
      flavors: flavorsReport(sized.demand, sized.limits),
      headroom,
      growth,
      racks,
      ceph: sized.ceph,
      addressing,
      cost,
      compare: null,
    },
    working: out as Workings,
  };
  // Each other profile is the same design on another server, sized as the design itself is.
  if (design.costing.profiles.length + design.costing.storageProfiles.length > 0)
    sizing.report.compare = compareProfiles(design, { report: sizing.report, cost }, sizeDesign);
  return { ok: true, sizing };
}

/**
 * Years 0..horizon; a year with the same instances as one already sized reuses its sizing. A
 * later year can only fail by outgrowing what the engine plans (whether one instance fits a node
 * does not depend on how many there are): the growth rate is named beside the field.
 */
function sizeYears(design: Design, bought: YearSizing): YearSizing[] | SizingFailure {
  const years: YearSizing[] = [];
  let previous = bought;
  for (let year = 0; year <= design.plan.horizonYears; year++) {
    if (design.plan.growthPerYear === 0 || year === design.plan.buyForYear) {
      years.push(bought);
      continue;
    }
    const demand = demandOf(design, year);
    if (sameCounts(demand, bought.demand)) years.push(bought);
    else if (sameCounts(demand, previous.demand)) years.push(previous);
    else {
      const result = sizeYear(design, demand);
      if (!result.ok) return outgrown(result.errors, year);
      previous = result.sized;
      years.push(previous);
    }
  }
  return years;
}

function outgrown(errors: readonly FieldError[], year: number): SizingFailure {
  const inYear = errors.map((e) => ({
    ...e,
    message: `in year ${year} of the growth plan, ${e.message}`,
  }));
  const first = inYear[0];
  if (first) inYear.push({ path: 'plan.growthPerYear', message: first.message });
  return { ok: false, errors: inYear };
}

function sameCounts(a: Demand, b: Demand): boolean {
  if (a.classes.length !== b.classes.length) return false;
  for (let i = 0; i < a.classes.length; i++)
    if (a.classes[i]?.count !== b.classes[i]?.count) return false;
  return true;
}

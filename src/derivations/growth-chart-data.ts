import { NODE_ROLES, type NodeRole } from '../engine/logical/node-roles';
import type { GrowthReport, GrowthYear } from '../engine/report/plan-report-types';
import { tidy } from '../engine/report/rounding';

/** RAM is counted in binary units, as sticks are sold: 1 TB is 1,024 GB. */
export const GB_PER_TB = 1024;

export type RamUnit = 'GB' | 'TB';

export type GrowthChartYear = GrowthYear & {
  /** RAM installed in all compute nodes, in the chart's `ramUnit`. */
  ram: number;
  /** The year whose sizing is bought first: the report's figures are this year's. */
  sizedFor: boolean;
};

/** Why only one year is drawn: with no growth every year is the same, with no horizon there is one. */
export type SingleYearReason = 'no-growth' | 'no-horizon';

export type GrowthChartData = {
  years: GrowthChartYear[];
  singleYear: SingleYearReason | null;
  /** Roles with nodes in some year drawn, in the logical diagram's order. */
  roles: NodeRole[];
  ramUnit: RamUnit;
  growthPerYear: number;
  horizonYears: number;
};

/**
 * The years the growth chart draws. TB once any year reaches 1 TB, so the second axis reads
 * in small numbers; below that, GB.
 */
export function growthChartData(growth: GrowthReport): GrowthChartData {
  const singleYear: SingleYearReason | null =
    growth.growthPerYear === 0 ? 'no-growth' : growth.horizonYears === 0 ? 'no-horizon' : null;
  const drawn = singleYear === null ? growth.years : growth.years.slice(0, 1);
  let mostGb = 0;
  for (const y of drawn) mostGb = Math.max(mostGb, y.ramGbInstalled);
  const ramUnit: RamUnit = mostGb >= GB_PER_TB ? 'TB' : 'GB';
  const years = drawn.map((y): GrowthChartYear => ({
    ...y,
    ram: ramUnit === 'TB' ? tidy(y.ramGbInstalled / GB_PER_TB) : y.ramGbInstalled,
    // Every year is the same without growth, so the one drawn stands for the year bought for.
    sizedFor: singleYear !== null || y.year === growth.buyForYear,
  }));
  return {
    years,
    singleYear,
    roles: NODE_ROLES.filter((role) => years.some((y) => y.nodes[role] > 0)),
    ramUnit,
    growthPerYear: growth.growthPerYear,
    horizonYears: growth.horizonYears,
  };
}

import type { NodeCounts } from '../report/plan-report-types';
import type { Bound, Working } from '../report/report-types';

/** One year of the cloud's life: what is bought, what the power and the support cost. */
export type CostYear = {
  year: number;
  instances: number;
  capital: number;
  /** Average kW drawn by the servers and switches owned, before the data centre's PUE. */
  averageKw: number;
  power: number;
  support: number;
  total: number;
};

/** What one of each thing costs: a node of each role with its parts, and a rack with its PDUs and switches. */
export type UnitPrices = {
  compute: number;
  storage: number;
  controller: number;
  network: number;
  rack: number;
  /** One stick of the size the compute nodes take, and its price per GB for upgrades. */
  stick: number;
};

export type CostFigure = 'capital' | 'power' | 'support' | 'total' | 'perInstanceMonth';

/**
 * The cost of the design over its life (the growth plan's horizon, at least a year): capital by
 * purchase year, power from watts, hours, PUE and price, support as a share of what is owned.
 * Amounts are in `currency`, a label: the prices are the architect's.
 */
export type CostReport = {
  currency: string;
  lifeYears: number;
  unitPrices: UnitPrices;
  years: CostYear[];
  capital: number;
  power: number;
  support: number;
  total: number;
  instanceMonths: number;
  perInstanceMonth: number;
  working: Record<CostFigure, Working>;
};

/** One profile sized: the design's own hardware first, then each other profile. */
export type ProfileRow =
  | {
      name: string;
      ok: true;
      nodes: NodeCounts;
      bound: Bound;
      racks: number;
      powerKw: number;
      utilisation: { cpu: number; vcpu: number | null; ram: number; network: number };
      capital: number;
      total: number;
      perInstanceMonth: number;
      /** Share above the cheapest profile's total cost (0 for the cheapest). */
      overCheapest: number;
    }
  | { name: string; ok: false; errors: string[] };

export type CompareReport = {
  currency: string;
  rows: ProfileRow[];
  /** The profile with the lowest total cost of ownership; the first on a tie. */
  cheapest: string;
};

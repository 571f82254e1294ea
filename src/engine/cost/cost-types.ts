import type { NodeCounts } from '../report/plan-report-types';
import type { FieldError } from '../../design/field-error';
import type { Bound, StorageBound, Working } from '../report/report-types';

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

export type CostFigure =
  'capital' | 'power' | 'support' | 'total' | 'perInstanceMonth' | 'averageWatts' | 'storageWatts';

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
  /** What one compute node draws: stated, or estimated from its parts (TDP). */
  computeWatts: { loaded: number; idle: number; average: number };
  /** What one storage node draws for the power cost, all the time: stated, or estimated (TDP). */
  storageWatts: number;
  working: Record<CostFigure, Working>;
};

/** Which server a row changes: none (the design's own), its compute node or its storage node. */
export type ProfileRowRole = 'own' | 'compute' | 'storage';

/** A row's name, which server it changes, and its place in that role's profile list (−1: own). */
type RowOf = { name: string; role: ProfileRowRole; index: number };

/** One profile sized: the design's own hardware first, then each compute, then each storage profile. */
export type ProfileRow =
  | (RowOf & {
      ok: true;
      nodes: NodeCounts;
      bound: Bound;
      /** What set the storage nodes (`storage.bound` of the design sized on this profile). */
      storageBound: StorageBound;
      racks: number;
      powerKw: number;
      utilisation: { cpu: number; vcpu: number | null; ram: number; network: number };
      capital: number;
      total: number;
      perInstanceMonth: number;
      /** Share above the cheapest profile's total cost (0 for the cheapest). */
      overCheapest: number;
      /** A compute node's average watts for the power cost, with its working (stated or TDP). */
      computeWatts: number;
      wattsWorking: Working;
      /** A storage node's watts for the power cost, with its working (stated or TDP). */
      storageWatts: number;
      storageWattsWorking: Working;
    })
  /** Errors on the profile's own fields where it sets them (`costing.profiles[0].coresPerSocket`). */
  | (RowOf & { ok: false; errors: FieldError[] });

export type CompareReport = {
  currency: string;
  rows: ProfileRow[];
  /** The profile with the lowest total cost of ownership; the first on a tie. */
  cheapest: string;
  /** Its row, as two profiles of different roles may share a name. */
  cheapestRow: number;
};

import { roundUp, tidy } from '../report/rounding';
import type { PoolPlan } from './pools';

/** Ceph's fill limits (ceph/ceph doc/rados/configuration/mon-config-ref.rst). */
export type FillLimits = { nearfullRatio: number; backfillfullRatio: number };

/** The nodes a set of pools needs, each bound on its own. */
export type NodeBounds = {
  rawTb: number;
  byCapacity: number;
  byRecovery: number;
  byFailureDomains: number;
  /** Nodes whose raw drives under backfillfull hold the data: ⌈raw / (per node × backfillfull)⌉. */
  underBackfillfull: number;
  /** With the rack as failure domain: the racks the nodes are spread over; null for hosts. */
  racks: number | null;
};

/**
 * Nodes of `rawPerNodeTb` that hold `pools`:
 * - by capacity: raw ≤ nodes × raw per node × nearfull;
 * - by recovery: after one node is lost, the rest re-replicate its data under backfillfull,
 *   raw ≤ (nodes − 1) × raw per node × backfillfull;
 * - by failure domains: a host for every replica, or every chunk k + m.
 * All 0 when there is no data.
 */
export function nodeBounds(
  pools: readonly PoolPlan[],
  rawPerNodeTb: number,
  limits: FillLimits,
): NodeBounds {
  let rawTb = 0;
  let byFailureDomains = 0;
  for (const p of pools) {
    rawTb += p.rawTb;
    byFailureDomains = Math.max(byFailureDomains, p.size);
  }
  rawTb = tidy(rawTb);
  if (rawTb === 0 || rawPerNodeTb <= 0)
    return {
      rawTb,
      byCapacity: 0,
      byRecovery: 0,
      byFailureDomains,
      underBackfillfull: 0,
      racks: null,
    };
  const underBackfillfull = roundUp(rawTb / (rawPerNodeTb * limits.backfillfullRatio));
  return {
    rawTb,
    byCapacity: roundUp(rawTb / (rawPerNodeTb * limits.nearfullRatio)),
    byRecovery: underBackfillfull + 1,
    byFailureDomains,
    underBackfillfull,
    racks: null,
  };
}

/**
 * Recovery when a whole rack is lost: n nodes spread round-robin over R(n) racks put at most
 * ⌈n / R(n)⌉ in one rack, so the least n ≥ b + 1 with n − ⌈n / R(n)⌉ ≥ b (b = the nodes under
 * backfillfull). More nodes never mean fewer racks, so n − ⌈n / R(n)⌉ never falls as n grows and
 * a halving search finds the least n between b + 1 and b + ⌈b / (R(b + 1) − 1)⌉, the least for
 * R(b + 1) racks (with t = ⌈b / (R − 1)⌉, b ≤ t × (R − 1) gives ⌈(b + t) / R⌉ ≤ t).
 * Fewer than two racks cannot lose one and keep the data: the host rule stays, with a warning.
 */
export function rackRecovery(
  underBackfillfull: number,
  racksWith: (nodes: number) => number,
): { nodes: number; racks: number } {
  const b = underBackfillfull;
  const survives = (n: number, racks: number) => racks >= 2 && n - roundUp(n / racks) >= b;
  let low = b + 1;
  const lowRacks = racksWith(low);
  if (lowRacks < 2 || survives(low, lowRacks)) return { nodes: low, racks: lowRacks };
  let high = b + roundUp(b / (lowRacks - 1));
  let highRacks = racksWith(high);
  // Should the planner ever give fewer racks to more nodes, 2b still survives any two racks.
  if (!survives(high, highRacks)) {
    high = Math.max(high, 2 * b);
    highRacks = racksWith(high);
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const racks = racksWith(middle);
    if (survives(middle, racks)) {
      high = middle;
      highRacks = racks;
    } else low = middle;
  }
  return { nodes: high, racks: highRacks };
}

export function mostOfBounds(b: NodeBounds): number {
  return Math.max(b.byCapacity, b.byRecovery, b.byFailureDomains);
}

/** Nodes in the fullest rack when `nodes` are spread round-robin over `racks`. */
export function nodesInFullestRack(nodes: number, racks: number): number {
  return racks > 0 ? roundUp(nodes / racks) : nodes;
}

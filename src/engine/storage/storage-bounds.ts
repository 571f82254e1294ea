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

/** Racks planned for a storage node count, and the storage nodes in the fullest of them. */
export type RackSpread = { racks: number; inFullestRack: number };

/**
 * Recovery when a whole rack is lost: of n storage nodes, the fullest rack's (⌈n / racks⌉ when
 * they are spread over every rack) are lost at once, so the least n ≥ b + 1 whose others hold
 * the data under backfillfull: n − in fullest rack ≥ b. More nodes never leave fewer outside the
 * fullest rack, so a halving search finds it between b + 1 and b + ⌈b / (racks − 1)⌉, the least
 * for the racks b + 1 nodes get (with t = ⌈b / (R − 1)⌉, b ≤ t × (R − 1) gives ⌈(b + t) / R⌉ ≤ t).
 * Should that not hold, 2b nodes over two racks or more always do. Fewer than two racks cannot
 * lose one and keep the data: the host rule stays, with a warning.
 */
export function rackRecovery(
  underBackfillfull: number,
  spreadWith: (nodes: number) => RackSpread,
): { nodes: number; racks: number } {
  const b = underBackfillfull;
  const survives = (n: number, at: RackSpread) => at.racks >= 2 && n - at.inFullestRack >= b;
  const low = b + 1;
  const lowSpread = spreadWith(low);
  if (lowSpread.racks < 2 || survives(low, lowSpread))
    return { nodes: low, racks: lowSpread.racks };
  let high = b + roundUp(b / (lowSpread.racks - 1));
  let highSpread = spreadWith(high);
  if (!survives(high, highSpread)) {
    high = Math.max(high, 2 * b);
    highSpread = spreadWith(high);
  }
  let failed = low;
  while (high - failed > 1) {
    const middle = Math.floor((failed + high) / 2);
    const at = spreadWith(middle);
    if (survives(middle, at)) {
      high = middle;
      highSpread = at;
    } else failed = middle;
  }
  return { nodes: high, racks: highSpread.racks };
}

export function mostOfBounds(b: NodeBounds): number {
  return Math.max(b.byCapacity, b.byRecovery, b.byFailureDomains);
}

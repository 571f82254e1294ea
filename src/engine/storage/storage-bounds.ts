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
 * Recovery when a whole rack is lost: of n storage nodes, the fullest rack's are lost at once, so
 * the least n ≥ b + 1 whose others hold the data under backfillfull: n − in fullest rack ≥ b.
 * More nodes never leave fewer outside the fullest rack, so the least n is found by a search:
 * each failed n is short by a deficit, and the next guess adds it (the nodes the fullest rack
 * took), at least doubling the step each time so the guesses stay logarithmic; then halving
 * between the last failure and the first success. 2b nodes over two racks or more always hold
 * the data, which caps the guesses. Fewer than two racks cannot lose one and keep the data: the
 * host rule stays, with a warning.
 */
export function rackRecovery(
  underBackfillfull: number,
  spreadWith: (nodes: number) => RackSpread,
): { nodes: number; racks: number } {
  const b = underBackfillfull;
  const outside = (n: number, at: RackSpread) => n - at.inFullestRack;
  const survives = (n: number, at: RackSpread) => at.racks >= 2 && outside(n, at) >= b;
  const low = b + 1;
  const lowSpread = spreadWith(low);
  if (lowSpread.racks < 2 || survives(low, lowSpread))
    return { nodes: low, racks: lowSpread.racks };
  const cap = Math.max(low + 1, 2 * b);
  let failed = low;
  let failedSpread = lowSpread;
  let step = 1;
  let high = cap;
  let highSpread: RackSpread | null = null;
  while (failed < cap) {
    const guess = Math.min(cap, failed + Math.max(step, b - outside(failed, failedSpread)));
    const at = spreadWith(guess);
    if (survives(guess, at)) {
      high = guess;
      highSpread = at;
      break;
    }
    failed = guess;
    failedSpread = at;
    step *= 2;
  }
  highSpread ??= spreadWith(high);
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

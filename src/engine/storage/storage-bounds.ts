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
    return { rawTb, byCapacity: 0, byRecovery: 0, byFailureDomains };
  return {
    rawTb,
    byCapacity: roundUp(rawTb / (rawPerNodeTb * limits.nearfullRatio)),
    byRecovery: roundUp(rawTb / (rawPerNodeTb * limits.backfillfullRatio)) + 1,
    byFailureDomains,
  };
}

export function mostOfBounds(b: NodeBounds): number {
  return Math.max(b.byCapacity, b.byRecovery, b.byFailureDomains);
}

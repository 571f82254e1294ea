import type { NodePrices, TdpEstimate } from '../../design/costing-schema';
import { readable } from '../report/readable';
import { tidy } from '../report/rounding';
import { input, working } from '../report/working';
import type { Working } from '../report/report-types';

/** The parts of a compute node the TDP estimate counts. */
export type NodeParts = { sockets: number; sticks: number; drives: number };

/** What a compute node draws: loaded, idle, and on average at the CPU in use. */
export type NodeWatts = {
  loaded: number;
  idle: number;
  average: number;
  /** How the average was reached, with the estimate's own numbers when it is one. */
  working: Working;
};

/** Loaded watts from the parts: sockets × CPU TDP + sticks × W per stick + drives × W per drive + base W. */
export function tdpLoadedWatts(tdp: TdpEstimate, parts: NodeParts): number {
  return tidy(
    parts.sockets * tdp.cpuW + parts.sticks * tdp.stickW + parts.drives * tdp.driveW + tdp.baseW,
  );
}

/**
 * A compute node's average draw: idle W + CPU in use × (loaded W − idle W). Loaded and idle are
 * the stated watts (loaded the rack planner's), or with a TDP estimate the parts' sum and its idle
 * share. Idle above loaded is read as flat at loaded, so the average never leaves the span.
 */
export function nodeWatts(
  prices: NodePrices,
  plannedLoaded: number,
  parts: NodeParts,
  cpuInUse: number,
): NodeWatts {
  const cpu = Math.min(1, Math.max(0, cpuInUse));
  const { tdp } = prices;
  if (!tdp) {
    const idle = Math.min(prices.wattsIdle, plannedLoaded);
    // Not rounded: the stated watts priced exactly as before the estimate existed.
    const average = idle + cpu * (plannedLoaded - idle);
    return {
      loaded: plannedLoaded,
      idle,
      average,
      working: working(
        'idle W + CPU in use × (loaded W − idle W)',
        [input('idle W', idle), input('CPU in use', cpu), input('loaded W', plannedLoaded)],
        average,
        'W',
      ),
    };
  }
  const loaded = tdpLoadedWatts(tdp, parts);
  const idle = tidy(tdp.idleShare * loaded);
  const average = tidy(idle + cpu * (loaded - idle));
  return {
    loaded,
    idle,
    average,
    working: working(
      '(idle share + CPU in use × (1 − idle share)) × (sockets × CPU TDP + sticks × W per stick + drives × W per drive + base W)',
      [
        input('idle share', tdp.idleShare),
        input('CPU in use', cpu),
        input('sockets', parts.sockets),
        input('CPU TDP', tdp.cpuW),
        input('sticks', parts.sticks),
        input('W per stick', tdp.stickW),
        input('drives', parts.drives),
        input('W per drive', tdp.driveW),
        input('base W', tdp.baseW),
      ],
      average,
      'W',
      `Estimated from the parts: ${readable(loaded)} W loaded (the second bracket), ${readable(idle)} W idle (idle share × loaded).`,
    ),
  };
}

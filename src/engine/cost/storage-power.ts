import type { StorageTdpEstimate } from '../../design/costing-schema';
import { readable } from '../report/readable';
import { tidy } from '../report/rounding';
import { input, working } from '../report/working';
import type { Working } from '../report/report-types';

/** What a storage node draws for the power cost, all the time, and how it was found. */
export type StorageWatts = { watts: number; working: Working };

const ALWAYS =
  'A storage node draws this all the time: Ceph’s recovery, rebalancing and scrubbing keep its OSDs busy whatever the instances do.';

/** Loaded watts from the parts: CPU TDP + data drives × W per drive + base W. */
export function storageTdpWatts(tdp: StorageTdpEstimate, drives: number): number {
  return tidy(tdp.cpuW + drives * tdp.driveW + tdp.baseW);
}

/**
 * A storage node's watts for the power cost: its stated watts (the rack planner's), or with a
 * TDP estimate the sum of its parts. Racks are planned on the stated watts either way.
 */
export function storageNodeWatts(
  stated: number,
  tdp: StorageTdpEstimate | undefined,
  drives: number,
): StorageWatts {
  if (!tdp)
    return {
      watts: stated,
      working: working('stated W', [input('stated W', stated)], stated, 'W', ALWAYS),
    };
  const watts = storageTdpWatts(tdp, drives);
  return {
    watts,
    working: working(
      'CPU TDP + data drives × W per drive + base W',
      [
        input('CPU TDP', tdp.cpuW),
        input('data drives', drives),
        input('W per drive', tdp.driveW),
        input('base W', tdp.baseW),
      ],
      watts,
      'W',
      `Estimated from the parts instead of the stated ${readable(stated)} W, which the racks are still planned on. ${ALWAYS}`,
    ),
  };
}

import type { Demand } from './demand';
import type { NodeLimits } from './node-limits';
import type { FlavorRow, FlavorsReport } from '../report/plan-report-types';

export function flavorsReport(demand: Demand, limits: NodeLimits): FlavorsReport {
  const rows = demand.classes.map((c, i): FlavorRow => ({
    name: c.name,
    count: c.count,
    vcpus: c.vcpus,
    ghzPerVm: c.ghzPerVm,
    ramGb: c.ramGb,
    mbps: c.mbps,
    ephemeralGb: c.ephemeralGb,
    persistentGb: c.persistentGb,
    vmsPerNodeByRam: limits.classes[i]?.vmsPerNodeByRam ?? 0,
    vmsPerNodeByNetwork: limits.classes[i]?.vmsPerNodeByNetwork ?? 0,
  }));
  return { source: demand.source, rows, largest: largestOf(rows)?.name ?? '' };
}

/** Most RAM first, then most vCPUs, then most GHz: the instance hardest to place. */
export function largestOf<T extends Pick<FlavorRow, 'ramGb' | 'vcpus' | 'ghzPerVm'>>(
  rows: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const row of rows) {
    if (
      !best ||
      row.ramGb > best.ramGb ||
      (row.ramGb === best.ramGb && (row.vcpus ?? 0) > (best.vcpus ?? 0)) ||
      (row.ramGb === best.ramGb && row.vcpus === best.vcpus && row.ghzPerVm > best.ghzPerVm)
    )
      best = row;
  }
  return best;
}

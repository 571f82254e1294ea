import type { Profile } from '../../design/costing-schema';
import type { Design } from '../../design/design-schema';
import { parseDesign } from '../../design/parse-design';
import type { Report, SizingResult } from '../report/report-types';
import { tidy } from '../report/rounding';
import type { CompareReport, CostReport, ProfileRow } from './cost-types';

/** The name the design's own hardware goes by in the comparison. */
export const OWN_PROFILE = 'This design';

/**
 * The design on another compute server: its processors, memory, drives, links, rack units,
 * watts and prices in place of the design's own, everything else (workload, growth, failures,
 * storage nodes) unchanged. The other profiles are left out, so it is sized alone.
 */
export function withProfile(design: Design, profile: Profile): Design {
  const { physical, racks, costing } = design;
  return {
    ...design,
    name: profile.name,
    physical: {
      ...physical,
      cpu: {
        ...physical.cpu,
        socketsPerServer: profile.socketsPerServer,
        coresPerSocket: profile.coresPerSocket,
        ghzPerCore: profile.ghzPerCore,
      },
      memory: {
        ...physical.memory,
        dimmSlotsPerServer: profile.dimmSlotsPerServer,
        stickSizesGb: profile.stickSizesGb,
      },
      storage: {
        ...physical.storage,
        drivesPerNode: profile.drivesPerNode,
        driveGb: profile.driveGb,
      },
      network: {
        ...physical.network,
        nicGbps: profile.nicGbps,
        dataLinksPerNode: profile.dataLinksPerNode,
      },
    },
    racks: {
      ...racks,
      unitsPerNode: { ...racks.unitsPerNode, compute: profile.unitsPerNode },
      wattsPerNode: { ...racks.wattsPerNode, compute: profile.wattsLoaded },
    },
    costing: { ...costing, compute: profile.prices, profiles: [] },
  };
}

/** The design's own compute node as a profile: where a new profile starts from. */
export function ownProfileOf(design: Design, name: string): Profile {
  const { cpu, memory, storage, network } = design.physical;
  return {
    name,
    socketsPerServer: cpu.socketsPerServer,
    coresPerSocket: cpu.coresPerSocket,
    ghzPerCore: cpu.ghzPerCore,
    dimmSlotsPerServer: memory.dimmSlotsPerServer,
    stickSizesGb: memory.stickSizesGb,
    drivesPerNode: storage.drivesPerNode,
    driveGb: storage.driveGb,
    nicGbps: network.nicGbps,
    dataLinksPerNode: network.dataLinksPerNode,
    unitsPerNode: design.racks.unitsPerNode.compute,
    wattsLoaded: design.racks.wattsPerNode.compute,
    prices: design.costing.compute,
  };
}

type Sized = { report: Report; cost: CostReport };

/**
 * The same design sized on each profile, the design's own first, side by side with what each
 * costs over the cloud's life and how far it is above the cheapest. A profile that cannot carry
 * the design (a VM larger than its node, too few slots for its channels) says why instead.
 */
export function compareProfiles(
  design: Design,
  own: Sized,
  size: (design: Design) => SizingResult,
): CompareReport {
  const sized: (Sized | { errors: string[] })[] = [own];
  for (const profile of design.costing.profiles) {
    const parsed = parseDesign(withProfile(design, profile));
    if (!parsed.ok) {
      sized.push({ errors: parsed.errors.map((e) => `${e.path}: ${e.message}`) });
      continue;
    }
    const result = size(parsed.design);
    if (!result.ok) {
      sized.push({ errors: result.errors.map((e) => `${e.path}: ${e.message}`) });
      continue;
    }
    sized.push({ report: result.sizing.report, cost: result.sizing.report.cost });
  }
  const names = [OWN_PROFILE, ...design.costing.profiles.map((p) => p.name)];
  let cheapest = -1;
  sized.forEach((s, i) => {
    if (!('report' in s)) return;
    const best = sized[cheapest];
    if (cheapest < 0 || !best || !('cost' in best) || s.cost.total < best.cost.total) cheapest = i;
  });
  const least = sized[cheapest];
  const lowest = least && 'cost' in least ? least.cost.total : 0;
  const rows: ProfileRow[] = sized.map((s, i) => {
    const name = names[i] ?? '';
    if (!('report' in s)) return { name, ok: false, errors: s.errors };
    const { report, cost } = s;
    return {
      name,
      ok: true,
      nodes: report.nodes,
      bound: report.compute.bound,
      racks: report.racks.count,
      powerKw: report.racks.powerKw,
      utilisation: report.headroom.utilisation,
      capital: cost.capital,
      total: cost.total,
      perInstanceMonth: cost.perInstanceMonth,
      overCheapest: lowest > 0 ? tidy(cost.total / lowest - 1) : 0,
    };
  });
  return { currency: design.costing.currency, rows, cheapest: names[cheapest] ?? OWN_PROFILE };
}

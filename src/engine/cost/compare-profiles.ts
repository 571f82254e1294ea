import type { Profile } from '../../design/costing-schema';
import type { Design } from '../../design/design-schema';
import type { FieldError } from '../../design/field-error';
import { parseDesign } from '../../design/parse-design';
import type { Report, SizingResult } from '../report/report-types';
import { tidy } from '../report/rounding';
import type { CompareReport, CostReport, ProfileRow } from './cost-types';
import { onProfileField, type ProfileRole } from './profile-paths';
import { withStorageProfile } from './storage-profiles';

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
    costing: { ...costing, compute: profile.prices, profiles: [], storageProfiles: [] },
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
type Candidate = { name: string; role: ProfileRole | 'own'; index: number };
type Outcome = Sized | { errors: FieldError[] };

/** The design sized on one profile, or the profile's errors on its own fields. */
function sizeOn(
  changed: Design,
  role: ProfileRole,
  index: number,
  size: (design: Design) => SizingResult,
): Outcome {
  const parsed = parseDesign(changed);
  const result = parsed.ok ? size(parsed.design) : parsed;
  if (!result.ok) return { errors: result.errors.map((e) => onProfileField(e, role, index)) };
  return { report: result.sizing.report, cost: result.sizing.report.cost };
}

/**
 * The same design sized on each profile, the design's own first, then each compute profile, then
 * each storage profile, side by side with what each costs over the cloud's life and how far it
 * is above the cheapest. Each row changes one server and keeps the rest of the design, so the
 * rows of both roles compare as choices for the same cloud. A profile that cannot carry the
 * design (a VM larger than its node, too few slots for its channels) says why instead, on the
 * profile's own fields.
 */
export function compareProfiles(
  design: Design,
  own: Sized,
  size: (design: Design) => SizingResult,
): CompareReport {
  const { profiles, storageProfiles } = design.costing;
  const candidates: Candidate[] = [
    { name: OWN_PROFILE, role: 'own', index: -1 },
    ...profiles.map((p, index) => ({ name: p.name, role: 'compute' as const, index })),
    ...storageProfiles.map((p, index) => ({ name: p.name, role: 'storage' as const, index })),
  ];
  const sized: Outcome[] = [
    own,
    ...profiles.map((p, i) => sizeOn(withProfile(design, p), 'compute', i, size)),
    ...storageProfiles.map((p, i) => sizeOn(withStorageProfile(design, p), 'storage', i, size)),
  ];
  let cheapest = -1;
  sized.forEach((s, i) => {
    if (!('report' in s)) return;
    const best = sized[cheapest];
    if (cheapest < 0 || !best || !('cost' in best) || s.cost.total < best.cost.total) cheapest = i;
  });
  const least = sized[cheapest];
  const lowest = least && 'cost' in least ? least.cost.total : 0;
  const rows: ProfileRow[] = sized.map((s, i) => {
    const { name, role, index } = candidates[i] ?? { name: '', role: 'own', index: -1 };
    if (!('report' in s)) return { name, role, index, ok: false, errors: s.errors };
    const { report, cost } = s;
    return {
      name,
      role,
      index,
      ok: true,
      nodes: report.nodes,
      bound: report.compute.bound,
      storageBound: report.storage.bound,
      racks: report.racks.count,
      powerKw: report.racks.powerKw,
      utilisation: report.headroom.utilisation,
      capital: cost.capital,
      total: cost.total,
      perInstanceMonth: cost.perInstanceMonth,
      overCheapest: lowest > 0 ? tidy(cost.total / lowest - 1) : 0,
      computeWatts: cost.computeWatts.average,
      wattsWorking: cost.working.averageWatts,
      storageWatts: cost.storageWatts,
      storageWattsWorking: cost.working.storageWatts,
    };
  });
  return {
    currency: design.costing.currency,
    rows,
    cheapest: candidates[cheapest]?.name ?? OWN_PROFILE,
    cheapestRow: Math.max(0, cheapest),
  };
}

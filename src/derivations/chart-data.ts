import type { Design } from '../design/design-schema';
import { NODE_ROLES, ROLE_LABELS, type NodeRole } from '../engine/logical/node-roles';
import type { Bound, Sizing } from '../engine/report/report-types';
import { tidy } from '../engine/report/rounding';

/**
 * The numbers each chart draws. Charts only lay these out; every sum and product lives here so
 * the pictures, their tables and the engine's report cannot drift apart.
 */
export type ChartBar<K extends string = string> = {
  key: K;
  label: string;
  value: number;
  /** Drawn stronger: the binding bound, what is installed, a shortfall. */
  emphasis: boolean;
};

function bar<K extends string>(key: K, label: string, value: number, emphasis = false) {
  return { key, label, value, emphasis } satisfies ChartBar<K>;
}

export type NodeCountsData = { bars: ChartBar<NodeRole>[]; total: number };

/** Roles without nodes are left out, as on the logical diagram. */
export function nodeCountsData(sizing: Sizing): NodeCountsData {
  const { nodes } = sizing.report;
  const bars = NODE_ROLES.filter((role) => nodes[role] > 0).map((role) =>
    bar(role, ROLE_LABELS[role], nodes[role]),
  );
  return { bars, total: nodes.total };
}

export type CoresData = {
  cores: ChartBar<'needed' | 'installed'>[];
  coresRoundedUp: number;
  coresPerNode: number;
  computeNodes: number;
  spareNodes: number;
  nodesByBound: ChartBar<Bound>[];
  bound: Bound;
};

const BOUND_LABELS: Record<Bound, string> = { cpu: 'CPU', ram: 'RAM', network: 'Network' };

export function coresData(design: Design, sizing: Sizing): CoresData {
  const { compute } = sizing.report;
  const { cpu } = design.physical;
  const coresPerNode = cpu.coresPerSocket * cpu.socketsPerServer;
  const byBound: Record<Bound, number> = {
    cpu: compute.nodesByCpu,
    ram: compute.nodesByRam,
    network: compute.nodesByNetwork,
  };
  return {
    cores: [
      bar('needed', 'Needed', compute.coresNeeded),
      bar('installed', 'Installed', compute.nodes * coresPerNode, true),
    ],
    coresRoundedUp: compute.cores,
    coresPerNode,
    computeNodes: compute.nodes,
    spareNodes: design.logical.spareComputeNodes,
    nodesByBound: (['cpu', 'ram', 'network'] as const).map((b) =>
      bar(b, BOUND_LABELS[b], byBound[b], b === compute.bound),
    ),
    bound: compute.bound,
  };
}

export type RamData = {
  bars: ChartBar<'needed' | 'installed' | 'largest'>[];
  stickGb: number;
  sticksPerNode: number;
  reservedGbPerNode: number;
};

export function ramData(design: Design, sizing: Sizing): RamData {
  const { memory } = sizing.report;
  return {
    bars: [
      bar('needed', 'Needed', memory.gbNeededPerNode),
      bar('installed', 'Installed', memory.gbInstalledPerNode, true),
      bar('largest', 'Maximum', sizing.working['memory.largestGbPerNode'].result),
    ],
    stickGb: memory.stickGb,
    sticksPerNode: memory.sticksPerNode,
    reservedGbPerNode: design.physical.memory.reservedRamGbPerNode,
  };
}

export type IopsData = {
  bars: ChartBar<'read' | 'write'>[];
  raidWritePenalty: number;
  vmsPerNode: number;
};

export function iopsData(design: Design, sizing: Sizing): IopsData {
  const { storage, compute } = sizing.report;
  return {
    bars: [
      bar('read', 'Read', storage.readIopsPerVm),
      bar('write', 'Write', storage.writeIopsPerVm),
    ],
    raidWritePenalty: design.physical.storage.raidWritePenalty,
    vmsPerNode: compute.vmsPerNode,
  };
}

export type BandwidthData = {
  bars: ChartBar<'available' | 'required'>[];
  meetsRequirement: boolean;
  vmsPerNode: number;
};

export function bandwidthData(design: Design, sizing: Sizing): BandwidthData {
  const available = sizing.report.network.mbpsPerVm;
  const required = design.physical.workload.mbpsPerVm;
  const meetsRequirement = available >= required;
  return {
    bars: [
      bar('available', 'Available', available, !meetsRequirement),
      bar('required', 'Required', required),
    ],
    meetsRequirement,
    vmsPerNode: sizing.report.compute.vmsPerNode,
  };
}

export type StorageKind = 'ephemeral' | 'block' | 'object';

export type StorageRow = { kind: StorageKind; label: string; usable: number; raw: number };

/** One unit for every kind, so bars compare: decimal TB, as the book counts. */
export type StorageData = { unit: 'TB'; rows: StorageRow[] };

const gbToTb = (gb: number) => tidy(gb / 1000);

export function storageData(design: Design, sizing: Sizing): StorageData {
  const { storage, compute } = sizing.report;
  const { workload } = design.physical;
  const drives = design.physical.storage;
  const services = design.conceptual.services;
  const rows: StorageRow[] = [
    {
      kind: 'ephemeral',
      label: 'Ephemeral',
      usable: gbToTb(workload.vms * workload.ephemeralGbPerVm),
      raw: gbToTb(compute.nodes * drives.drivesPerNode * drives.driveGb),
    },
  ];
  if (services.includes('blockStorage')) {
    rows.push({
      kind: 'block',
      label: 'Block',
      usable: gbToTb(storage.blockUsableGb),
      raw: gbToTb(storage.blockRawGb),
    });
  }
  if (services.includes('objectStorage')) {
    rows.push({
      kind: 'object',
      label: 'Object',
      usable: workload.objectUsableTb,
      raw: storage.objectRawTb,
    });
  }
  return { unit: 'TB', rows };
}

import { NODE_ROLES, ROLE_LABELS, type NodeRole } from '../engine/logical/node-roles';
import type { Bound, Sizing } from '../engine/report/report-types';
import { tidy } from '../engine/report/rounding';
import { workingInput } from './working-input';

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

const BOUND_LABELS: Record<Bound, string> = {
  cpu: 'CPU',
  vcpu: 'vCPU',
  ram: 'RAM',
  network: 'Network',
  storage: 'Storage',
};

export function coresData(sizing: Sizing): CoresData {
  const { compute, racks } = sizing.report;
  // Nova's vCPU limit is a bound only when the instances have vCPU counts.
  const byBound: [Bound, number | null][] = [
    ['cpu', compute.nodesByCpu],
    ['vcpu', compute.nodesByVcpu],
    ['ram', compute.nodesByRam],
    ['network', compute.nodesByNetwork],
    ['storage', compute.nodesByStorage],
  ];
  return {
    cores: [
      bar('needed', 'Needed', compute.coresNeeded),
      bar('installed', 'Installed', compute.nodes * compute.coresPerNode, true),
    ],
    coresRoundedUp: compute.cores,
    coresPerNode: compute.coresPerNode,
    computeNodes: compute.nodes,
    spareNodes: racks.rackLoss.spareComputeNodes,
    nodesByBound: byBound.flatMap(([b, nodes]) =>
      nodes === null ? [] : [bar(b, BOUND_LABELS[b], nodes, b === compute.bound)],
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

export function ramData(sizing: Sizing): RamData {
  const { memory } = sizing.report;
  return {
    bars: [
      bar('needed', 'Needed', memory.gbNeededPerNode),
      bar('installed', 'Installed', memory.gbInstalledPerNode, true),
      bar('largest', 'Maximum', sizing.working['memory.largestGbPerNode'].result),
    ],
    stickGb: memory.stickGb,
    sticksPerNode: memory.sticksPerNode,
    reservedGbPerNode: memory.reservedGbPerNode,
  };
}

export type IopsData = {
  bars: ChartBar<'read' | 'write'>[];
  /** As the write figure's working has it; null if that working names none. */
  raidWritePenalty: number | null;
  vmsPerNode: number;
};

export function iopsData(sizing: Sizing): IopsData {
  const { storage, compute } = sizing.report;
  return {
    bars: [
      bar('read', 'Read', storage.readIopsPerVm),
      bar('write', 'Write', storage.writeIopsPerVm),
    ],
    raidWritePenalty: workingInput(sizing.working['storage.writeIopsPerVm'], 'raidWritePenalty'),
    vmsPerNode: compute.vmsPerNode,
  };
}

export type BandwidthData = {
  bars: ChartBar<'available' | 'required'>[];
  meetsRequirement: boolean;
  vmsPerNode: number;
};

export function bandwidthData(sizing: Sizing): BandwidthData {
  const { network, compute } = sizing.report;
  const available = network.mbpsPerVm;
  const required = network.mbpsRequiredPerVm;
  const meetsRequirement = available >= required;
  return {
    bars: [
      bar('available', 'Available', available, !meetsRequirement),
      bar('required', 'Required', required),
    ],
    meetsRequirement,
    vmsPerNode: compute.vmsPerNode,
  };
}

export type StorageKind = 'ephemeral' | 'block' | 'object';

export type StorageRow = { kind: StorageKind; label: string; usable: number; raw: number };

/** One unit for every kind, so bars compare: decimal TB, as the book counts. */
export type StorageData = { unit: 'TB'; rows: StorageRow[] };

const gbToTb = (gb: number) => tidy(gb / 1000);

/**
 * Ephemeral disk always has a row; block and object storage only when there is some, which a
 * service left out never has.
 */
export function storageData(sizing: Sizing): StorageData {
  const { storage } = sizing.report;
  const rows: StorageRow[] = [
    {
      kind: 'ephemeral',
      label: 'Ephemeral',
      usable: gbToTb(storage.ephemeralGbTotal),
      raw: gbToTb(storage.ephemeralInstalledGb),
    },
  ];
  if (storage.blockUsableGb > 0) {
    rows.push({
      kind: 'block',
      label: 'Block',
      usable: gbToTb(storage.blockUsableGb),
      raw: gbToTb(storage.blockRawGb),
    });
  }
  if (storage.objectUsableTb > 0) {
    rows.push({
      kind: 'object',
      label: 'Object',
      usable: storage.objectUsableTb,
      raw: storage.objectRawTb,
    });
  }
  return { unit: 'TB', rows };
}

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

/** The two kinds of disk an instance writes to, named so their IOPS are never taken for each other. */
export const LOCAL_DISK = 'Local disk';
export const CEPH_VOLUMES = 'Ceph volumes';

export type IopsData = {
  /** The compute node's own drives, shared by the VMs on it. */
  local: ChartBar<'read' | 'write'>[];
  /** Cinder volumes on Ceph, spread over the pool's OSDs; empty when volumes are not on Ceph. */
  volumes: ChartBar<'volume-read' | 'volume-write'>[];
  /** As the write figure's working has it; null if that working names none. */
  raidWritePenalty: number | null;
  vmsPerNode: number;
  /** From the Ceph volume figures' workings: the OSDs shared and the copies each write makes. */
  volumeOsds: number | null;
  volumeCopies: number | null;
  vms: number | null;
};

export function iopsData(sizing: Sizing): IopsData {
  const { storage, compute, ceph } = sizing.report;
  const onCeph = ceph.volumeReadIopsPerVm > 0;
  const readWorking = sizing.working['ceph.volumeReadIopsPerVm'];
  return {
    local: [
      bar('read', 'Read', storage.readIopsPerVm),
      bar('write', 'Write', storage.writeIopsPerVm),
    ],
    volumes: onCeph
      ? [
          bar('volume-read', 'Read', ceph.volumeReadIopsPerVm),
          bar('volume-write', 'Write', ceph.volumeWriteIopsPerVm),
        ]
      : [],
    raidWritePenalty: workingInput(sizing.working['storage.writeIopsPerVm'], 'raidWritePenalty'),
    vmsPerNode: compute.vmsPerNode,
    volumeOsds: onCeph ? workingInput(readWorking, 'OSDs holding volumes') : null,
    volumeCopies: onCeph
      ? workingInput(sizing.working['ceph.volumeWriteIopsPerVm'], 'size(volumes)')
      : null,
    vms: onCeph ? workingInput(readWorking, 'vms') : null,
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

/** Where a row of the storage chart lives: one Ceph or Swift pool, all of them, local disks. */
export type StorageRowKind = 'pool' | 'cluster' | 'local';

/**
 * One row, in TB, each series with one meaning: the data kept, the raw drive space it takes once
 * replicated or erasure-coded, and the raw drives installed. A series a row has no figure for is
 * null: pools share the cluster's drives, and nothing replicates local disks.
 */
export type StorageRow = {
  key: string;
  kind: StorageRowKind;
  /** "Volumes (Cinder)": the name, and in brackets what keeps it. */
  label: string;
  name: string;
  keeper: string;
  data: number | null;
  rawNeeded: number | null;
  rawInstalled: number | null;
};

/** One unit for every row, so bars compare: decimal TB, as the book counts. */
export type StorageData = {
  unit: 'TB';
  rows: StorageRow[];
  /** Raw needed / installed; null without a cluster. */
  fillRatio: number | null;
};

const gbToTb = (gb: number) => tidy(gb / 1000);

/** Pools by the names deployments give them, read as what they hold and the service keeping it. */
const POOL_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  volumes: ['Volumes', 'Cinder'],
  vms: ['Instance disks', 'Nova'],
  images: ['Images', 'Glance'],
  swift: ['Objects', 'Swift'],
  'default.rgw.buckets.data': ['Objects', 'Ceph RGW'],
};

/** A pool's readable name and keeper; a pool the wizard does not know keeps its own name. */
export function poolName(pool: string): { name: string; keeper: string; label: string } {
  const [name, keeper] = POOL_NAMES[pool] ?? [pool, 'Ceph'];
  return { name, keeper, label: `${name} (${keeper})` };
}

function row(
  key: string,
  kind: StorageRowKind,
  names: { name: string; keeper: string },
  values: Pick<StorageRow, 'data' | 'rawNeeded' | 'rawInstalled'>,
): StorageRow {
  return { key, kind, label: `${names.name} (${names.keeper})`, ...names, ...values };
}

/**
 * A row per pool, then the cluster's raw needed against raw installed (when there is a cluster),
 * then the compute nodes' local disks when instance disks live there: not on Ceph, and not on
 * hyperconverged nodes, whose drives are the cluster's OSDs.
 */
export function storageData(sizing: Sizing): StorageData {
  const { storage, compute } = sizing.report;
  const rows: StorageRow[] = storage.pools.map((p) =>
    row(p.name, 'pool', poolName(p.name), {
      data: p.dataTb,
      rawNeeded: p.rawTb,
      rawInstalled: null,
    }),
  );
  const cluster = storage.pools.length > 0 || storage.rawInstalledTb > 0;
  if (cluster) {
    rows.push(
      row(
        'cluster',
        'cluster',
        { name: 'Cluster', keeper: 'all pools' },
        { data: null, rawNeeded: storage.rawNeededTb, rawInstalled: storage.rawInstalledTb },
      ),
    );
  }
  const disksOnCeph = storage.pools.some((p) => p.name === 'vms');
  if (!disksOnCeph && compute.nodesByStorage === null) {
    rows.push(
      row(
        'local',
        'local',
        { name: 'Local disks', keeper: 'compute nodes' },
        {
          data: gbToTb(storage.ephemeralGbTotal),
          rawNeeded: null,
          rawInstalled: gbToTb(storage.ephemeralInstalledGb),
        },
      ),
    );
  }
  return {
    unit: 'TB',
    rows,
    fillRatio: cluster ? storage.fillRatio : null,
  };
}

import type { Design } from '../../design/design-schema';
import type { DriveKind } from '../../design/storage-cluster-schema';
import { NODE_ROLES, ROLE_LABELS, type NodeRole } from '../logical/node-roles';
import { placeNetworks } from '../logical/network-placement';
import type { Sizing, Working, WorkingInput } from '../report/report-types';
import { tidy } from '../report/rounding';
import { input, working } from '../report/working';

/** Parts of one kind in one node, e.g. 2 sockets of 10 cores, with how the count was reached. */
export type BomPart = {
  kind: 'part';
  /** Parts per node. */
  quantity: number;
  /** Size of one part, in `unit`. */
  each: number;
  unit: string;
  /** Parts in all the role's nodes: quantity × node count. */
  totalQuantity: number;
  /** Where the count comes from when the book does not give it for this role. */
  note: string | null;
  working: readonly Working[];
};

/**
 * An amount the design gives per node without saying in how many parts, such as a storage
 * node's cores or RAM, beside what the software it runs asks of it.
 */
export type BomAmount = {
  kind: 'amount';
  amount: number;
  unit: string;
  /** amount × node count. */
  totalAmount: number;
  needed: { amount: number; by: string };
  working: readonly Working[];
};

/** A part the design does not determine, with any working that still applies. */
export type BomGap = { kind: 'not-sized'; reason: string; working: readonly Working[] };

export type BomCell = BomPart | BomAmount | BomGap;

/** Drives of one kind in a node: data drives, BlueStore DB SSDs or boot drives. */
export type BomDriveLine = {
  /** Drives per node. */
  quantity: number;
  each: number;
  unit: 'GB' | 'TB';
  /** The drive in plain words: "SATA SSD", "NVMe", "HDD", or "drive" where the design says no kind. */
  name: string;
  purpose: string;
  /** quantity × node count. */
  totalQuantity: number;
};

/** Every drive a node takes, a line per kind, with the count per node and in all. */
export type BomDrives = {
  kind: 'drives';
  lines: readonly BomDriveLine[];
  perNode: number;
  totalQuantity: number;
  /** What the design leaves to the architect, such as a controller's data drives. */
  note: string | null;
  working: readonly Working[];
};

export type BomRow = {
  role: NodeRole;
  label: string;
  count: number;
  cpu: BomCell;
  ram: BomCell;
  nics: BomCell;
  drives: BomDrives;
};

const NOT_IN_BOOK = 'Not sized by the book: choose from the services this role runs.';

/** Plain words for the drive kinds an architect picks for storage nodes. */
export const DRIVE_NAMES: Record<DriveKind, string> = {
  hdd: 'HDD',
  ssd: 'SATA SSD',
  nvme: 'NVMe',
};

/**
 * A convention, not the book's: every node boots from a mirrored pair of small SATA SSDs, so one
 * failed boot drive does not take the node down, and no data or OSD drive carries the system.
 */
export const BOOT_DRIVES_PER_NODE = 2;
export const BOOT_DRIVE_GB = 480;
const BOOT_NOTE = `Boot drives are a convention, not the book’s: ${BOOT_DRIVES_PER_NODE} mirrored ${BOOT_DRIVE_GB} GB SATA SSDs per node, apart from the data drives.`;

/** The working input naming a role's node count, as the engine's own workings name it. */
const NODE_COUNT_NAMES: Record<NodeRole, string> = {
  controller: 'controllers',
  network: 'networkNodes',
  compute: 'computeNodes',
  storage: 'storageNodes',
};

function gap(reason: string, workings: readonly Working[] = []): BomGap {
  return { kind: 'not-sized', reason, working: workings };
}

function part(
  count: number,
  quantity: number,
  each: number,
  unit: string,
  workings: readonly Working[],
  note: string | null = null,
): BomPart {
  return {
    kind: 'part',
    quantity,
    each,
    unit,
    totalQuantity: count * quantity,
    note,
    working: workings,
  };
}

function amount(
  count: number,
  perNode: number,
  unit: string,
  needed: BomAmount['needed'],
  needWorking: Working,
): BomAmount {
  return {
    kind: 'amount',
    amount: perNode,
    unit,
    totalAmount: tidy(count * perNode),
    needed,
    working: [needWorking],
  };
}

type DriveTerm = { line: Omit<BomDriveLine, 'totalQuantity'>; input: WorkingInput };

/**
 * The node's drives, the boot pair added to the role's own: each line in all the role's nodes,
 * and the count in all worked out, so it can be checked by hand.
 */
function drivesOf(
  role: NodeRole,
  count: number,
  own: readonly DriveTerm[],
  workings: readonly Working[],
  note: string | null = null,
): BomDrives {
  const boot: DriveTerm = {
    line: {
      quantity: BOOT_DRIVES_PER_NODE,
      each: BOOT_DRIVE_GB,
      unit: 'GB',
      name: DRIVE_NAMES.ssd,
      purpose: 'boot, mirrored',
    },
    input: input('bootDrivesPerNode', BOOT_DRIVES_PER_NODE),
  };
  const terms = [...own.filter((t) => t.line.quantity > 0), boot];
  const perNode = terms.reduce((sum, t) => sum + t.line.quantity, 0);
  const countName = NODE_COUNT_NAMES[role];
  const sum = terms.map((t) => t.input.name).join(' + ');
  const inAll = working(
    `${terms.length > 1 ? `(${sum})` : sum} × ${countName}`,
    [...terms.map((t) => t.input), input(countName, count)],
    perNode * count,
    'drives',
    BOOT_NOTE,
  );
  return {
    kind: 'drives',
    lines: terms.map((t) => ({ ...t.line, totalQuantity: t.line.quantity * count })),
    perNode,
    totalQuantity: perNode * count,
    note,
    working: [...workings, inAll],
  };
}

function computeRow(design: Design, sizing: Sizing): BomRow {
  const { cpu, network, storage } = design.physical;
  const { report, working: figures } = sizing;
  const count = report.nodes.compute;
  const cores = working(
    'socketsPerServer × coresPerSocket',
    [input('socketsPerServer', cpu.socketsPerServer), input('coresPerSocket', cpu.coresPerSocket)],
    cpu.socketsPerServer * cpu.coresPerSocket,
    'cores',
  );
  const ram = working(
    'sticksPerNode × stickGb',
    [input('sticksPerNode', report.memory.sticksPerNode), input('stickGb', report.memory.stickGb)],
    report.memory.gbInstalledPerNode,
    'GB',
  );
  const capacity = working(
    'drivesPerNode × driveGb',
    [input('drivesPerNode', storage.drivesPerNode), input('driveGb', storage.driveGb)],
    tidy(storage.drivesPerNode * storage.driveGb),
    'GB',
  );
  const data: DriveTerm = {
    line: {
      quantity: storage.drivesPerNode,
      each: storage.driveGb,
      unit: 'GB',
      // The design gives the compute drives a size and IOPS, not a kind.
      name: 'drive',
      purpose: storage.hyperconverged ? 'data, one Ceph OSD each' : 'instance disks',
    },
    input: input('dataDrivesPerNode', storage.drivesPerNode),
  };
  return {
    role: 'compute',
    label: ROLE_LABELS.compute,
    count,
    cpu: part(count, cpu.socketsPerServer, cpu.coresPerSocket, 'cores', [cores]),
    ram: part(count, report.memory.sticksPerNode, report.memory.stickGb, 'GB', [ram]),
    nics: part(count, report.network.nicsPerNode, network.nicGbps, 'Gbit/s', [
      figures['network.nicsPerNode'],
    ]),
    drives: drivesOf('compute', count, [data], [capacity]),
  };
}

/**
 * Storage nodes as the design builds them and the engine counts them: the design's cores, RAM and
 * drives beside what Ceph asks of each node, HDDs with their BlueStore DB SSDs.
 */
function storageRow(design: Design, sizing: Sizing): BomRow {
  const { storageNode } = design.physical;
  const { report, working: figures } = sizing;
  const { ceph } = report;
  const count = report.nodes.storage;
  // Storage nodes holding no Ceph pool (Swift alone) run no OSD: their needs are the host's.
  const osds = ceph.osdsPerStorageNode > 0;
  const by = osds ? 'Ceph' : 'the host';
  const data: DriveTerm = {
    line: {
      quantity: storageNode.drivesPerNode,
      each: storageNode.driveTb,
      unit: 'TB',
      name: DRIVE_NAMES[storageNode.driveKind],
      purpose: osds ? 'data, one Ceph OSD each' : 'data',
    },
    input: input('dataDrivesPerNode', storageNode.drivesPerNode),
  };
  const db: DriveTerm = {
    line: {
      quantity: ceph.dbDevicesPerStorageNode,
      each: ceph.dbDeviceGb,
      unit: 'GB',
      name: DRIVE_NAMES.ssd,
      purpose: 'BlueStore DB for the HDDs',
    },
    input: input('dbDevicesPerStorageNode', ceph.dbDevicesPerStorageNode),
  };
  const dbWorking =
    ceph.dbDevicesPerStorageNode > 0 ? [figures['ceph.dbDevicesPerStorageNode']] : [];
  return {
    role: 'storage',
    label: ROLE_LABELS.storage,
    count,
    cpu: amount(
      count,
      storageNode.cores,
      'cores',
      { amount: ceph.coresNeededPerStorageNode, by },
      figures['ceph.coresNeededPerStorageNode'],
    ),
    ram: amount(
      count,
      storageNode.ramGb,
      'GB',
      { amount: ceph.ramGbNeededPerStorageNode, by },
      figures['ceph.ramGbNeededPerStorageNode'],
    ),
    nics: part(
      count,
      report.network.nicsPerNode,
      storageNode.nicGbps,
      'Gbit/s',
      [figures['network.nicsPerNode']],
      'Every node cables the design’s NICs per node, as the racks count switch ports; storage nodes at their own link speed.',
    ),
    drives: drivesOf('storage', count, [data, db], dbWorking),
  };
}

function unsizedRow(role: NodeRole, count: number, nics: string): BomRow {
  return {
    role,
    label: ROLE_LABELS[role],
    count,
    cpu: gap(NOT_IN_BOOK),
    ram: gap(NOT_IN_BOOK),
    nics: gap(nics),
    drives: drivesOf(
      role,
      count,
      [],
      [],
      'Data drives not sized by the book: choose from the services this role runs.',
    ),
  };
}

/**
 * What to buy per node role. Compute nodes come out of the book's arithmetic and storage nodes out
 * of the Ceph sizing; for the other roles only what the design determines is given, and the rest
 * says plainly that it is not sized rather than inventing numbers. Roles without nodes are left
 * out.
 */
export function billOfMaterials(design: Design, sizing: Sizing): BomRow[] {
  const { nodes } = sizing.report;
  const networks = placeNetworks(design, nodes);
  const nicsFor = (role: NodeRole) => {
    const joined = networks.filter((n) => n.reaches.some((r) => r.role === role));
    return `Not sized by the book; joins ${joined.map((n) => n.label).join(', ')}.`;
  };
  return NODE_ROLES.filter((role) => nodes[role] > 0).map((role) => {
    if (role === 'compute') return computeRow(design, sizing);
    if (role === 'storage') return storageRow(design, sizing);
    return unsizedRow(role, nodes[role], nicsFor(role));
  });
}

/**
 * A convention, not the book's: each rack takes a pair of PDUs fed from separate circuits, so one
 * failed feed or PDU leaves every dual-supply node powered.
 */
export const PDUS_PER_RACK = 2;

/** What the racks themselves take: the rack count, its switches and PDUs, all from the report. */
export type RackBom = {
  racks: number;
  switches: number;
  /** Ports used on each switch of the busiest rack, uplinks included. */
  portsPerSwitch: number;
  pdusPerRack: number;
  pdus: number;
  powerKw: number;
  heatBtuPerHour: number;
};

export function rackBillOfMaterials(sizing: Sizing): RackBom {
  const { racks } = sizing.report;
  return {
    racks: racks.count,
    switches: racks.switches,
    portsPerSwitch: racks.portsPerSwitch,
    pdusPerRack: PDUS_PER_RACK,
    pdus: racks.count * PDUS_PER_RACK,
    powerKw: racks.powerKw,
    heatBtuPerHour: racks.heatBtuPerHour,
  };
}

import type { Design } from '../../design/design-schema';
import { NODE_ROLES, ROLE_LABELS, type NodeRole } from '../logical/node-roles';
import { placeNetworks } from '../logical/network-placement';
import type { Sizing, Working, WorkingInput } from '../report/report-types';
import { roundUp, tidy } from '../report/rounding';
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
  working: readonly Working[];
};

/**
 * A part the design does not determine (the book sizes compute nodes only), with any working
 * that still applies, such as the raw capacity a storage node must hold.
 */
export type BomGap = { kind: 'not-sized'; reason: string; working: readonly Working[] };

export type BomCell = BomPart | BomGap;

export type BomRow = {
  role: NodeRole;
  label: string;
  count: number;
  cpu: BomCell;
  ram: BomCell;
  nics: BomCell;
  drives: BomCell;
};

const NOT_IN_BOOK = 'Not sized by the book: choose from the services this role runs.';

function gap(reason: string, workings: readonly Working[] = []): BomGap {
  return { kind: 'not-sized', reason, working: workings };
}

function part(
  count: number,
  quantity: number,
  each: number,
  unit: string,
  workings: readonly Working[],
): BomPart {
  return {
    kind: 'part',
    quantity,
    each,
    unit,
    totalQuantity: count * quantity,
    working: workings,
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
  const drives = working(
    'drivesPerNode × driveGb',
    [input('drivesPerNode', storage.drivesPerNode), input('driveGb', storage.driveGb)],
    tidy(storage.drivesPerNode * storage.driveGb),
    'GB',
  );
  return {
    role: 'compute',
    label: ROLE_LABELS.compute,
    count,
    cpu: part(count, cpu.socketsPerServer, cpu.coresPerSocket, 'cores', [cores]),
    ram: part(count, report.memory.sticksPerNode, report.memory.stickGb, 'GB', [ram]),
    nics: part(count, report.network.nicsPerNode, network.nicGbps, 'Gbit/s', [
      figures['network.nicsPerNode'],
    ]),
    drives: part(count, storage.drivesPerNode, storage.driveGb, 'GB', [drives]),
  };
}

/**
 * Storage nodes hold the replicated block and object data, spread evenly; how many drives that
 * takes follows once a drive size is known. CPU, RAM and NICs are not in the book.
 */
function storageDrives(design: Design, sizing: Sizing): BomCell {
  const { blockRawGb, objectRawTb } = sizing.report.storage;
  const nodes = sizing.report.nodes.storage;
  const { driveGb } = design.physical.storage;
  const services = design.conceptual.services;
  // Only the kinds chosen appear in the formula: a left-out service is named nowhere.
  const terms: { term: string; gb: number; input: WorkingInput }[] = [];
  if (services.includes('blockStorage'))
    terms.push({ term: 'blockRawGb', gb: blockRawGb, input: input('blockRawGb', blockRawGb) });
  if (services.includes('objectStorage'))
    terms.push({
      term: 'objectRawTb × 1000',
      gb: objectRawTb * 1000,
      input: input('objectRawTb', objectRawTb),
    });
  const rawGbPerNode = tidy(terms.reduce((sum, t) => sum + t.gb, 0) / nodes);
  if (rawGbPerNode <= 0) return gap('The design sizes no capacity for these nodes to hold.');
  const sum = terms.map((t) => t.term).join(' + ');
  const raw = working(
    `${terms.length > 1 ? `(${sum})` : sum} / storageNodes`,
    [...terms.map((t) => t.input), input('storageNodes', nodes)],
    rawGbPerNode,
    'GB raw per node',
  );
  if (driveGb <= 0) return gap('No drive size is set, so the drives cannot be counted.', [raw]);
  const drives = working(
    '⌈rawGbPerNode / driveGb⌉',
    [input('rawGbPerNode', rawGbPerNode), input('driveGb', driveGb)],
    roundUp(rawGbPerNode / driveGb),
    'drives',
    'Drives of the compute nodes’ size, before RAID or file-system overhead.',
  );
  return part(nodes, drives.result, driveGb, 'GB', [raw, drives]);
}

function unsizedRow(role: NodeRole, count: number, nics: string, drives: BomCell): BomRow {
  return {
    role,
    label: ROLE_LABELS[role],
    count,
    cpu: gap(NOT_IN_BOOK),
    ram: gap(NOT_IN_BOOK),
    nics: gap(nics),
    drives,
  };
}

/**
 * What to buy per node role. Compute nodes come out of the book's arithmetic; for the other roles
 * only what the design determines is given, and the rest says plainly that it is not sized rather
 * than inventing numbers. Roles without nodes are left out.
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
    const drives = role === 'storage' ? storageDrives(design, sizing) : gap(NOT_IN_BOOK);
    return unsizedRow(role, nodes[role], nicsFor(role), drives);
  });
}

import type { AddressingReport } from './addressing-report-types';
import type { FlavorsReport, GrowthReport, HeadroomReport, RacksReport } from './plan-report-types';
import type { CompareReport, CostReport } from '../cost/cost-types';

/** The report's keys are fixed: the command line, tests and other tools read them. */
export type Bound = 'cpu' | 'vcpu' | 'ram' | 'network' | 'storage';

export type ComputeReport = {
  coresNeeded: number;
  cores: number;
  sockets: number;
  nodesByCpu: number;
  nodesByRam: number;
  nodesByNetwork: number;
  bound: Bound;
  nodes: number;
  vmsPerNode: number;
  /** Physical cores in one compute node, and those kept from instances (host and Ceph OSDs). */
  coresPerNode: number;
  hostCoresPerNode: number;
  /**
   * Nova's VCPU limit: Σ instances' vCPUs, the node's (threads − reserved) × cpu_allocation_ratio,
   * the nodes that takes, and vCPUs per usable thread on the nodes sized. Null when the design
   * gives no vCPU counts (the book's average VM in GHz only).
   */
  vcpus: number | null;
  vcpusPerNode: number | null;
  nodesByVcpu: number | null;
  vcpusPerThread: number | null;
  /** Hyperconverged: the compute nodes whose drives hold the Ceph data; null otherwise. */
  nodesByStorage: number | null;
};

export type MemoryReport = {
  gbNeededPerNode: number;
  stickGb: number;
  sticksPerNode: number;
  gbInstalledPerNode: number;
  sticksTotal: number;
  /** Host RAM kept from instances on each compute node: Nova's reserve plus Ceph OSDs'. */
  reservedGbPerNode: number;
};

export type NetworkReport = {
  mbpsPerVm: number;
  /**
   * What the demand asks for each instance: the average VM's own figure, or with flavors the
   * most any flavor with instances asks, as every instance must get its own.
   */
  mbpsRequiredPerVm: number;
  nicsPerNode: number;
  publicIps: number;
  floatingIps: number;
  /** Tenant networks the network mode must carry. */
  tenantNetworks: number;
};

export type StorageReport = {
  ephemeralGbPerNode: number;
  /** Σ instances' ephemeral disk, and the drives all compute nodes hold, in the year bought for. */
  ephemeralGbTotal: number;
  ephemeralInstalledGb: number;
  persistentGbPerNode: number;
  blockUsableGb: number;
  blockRawGb: number;
  /** 0 when object storage is left out. */
  objectUsableTb: number;
  objectRawTb: number;
  readIopsPerVm: number;
  writeIopsPerVm: number;
  /** Dedicated storage nodes: max(the architect's minimum, these three bounds). */
  nodesByCapacity: number;
  nodesByRecovery: number;
  nodesByFailureDomains: number;
  /** All replicated or erasure-coded data on Ceph and Swift, and the raw drives holding it. */
  rawNeededTb: number;
  rawInstalledTb: number;
  /** Raw needed / installed, today and after the largest node is lost. */
  fillRatio: number;
  fillAfterFailure: number;
  osds: number;
  pools: StoragePool[];
  /** What set the storage nodes: the architect's minimum or one of the three bounds; none without any. */
  bound: StorageBound;
};

export type StorageBound = 'none' | 'minimum' | 'capacity' | 'recovery' | 'failure-domains';

/** One pool: `size` is the replicas, or k + m when erasure-coded; pgs 0 for Swift. */
export type StoragePool = {
  name: string;
  dataTb: number;
  size: number;
  pgs: number;
  rawTb: number;
  erasure: { k: number; m: number } | null;
  onCeph: boolean;
};

/** What the Ceph cluster itself asks of its hardware and network. */
export type CephReport = {
  failureDomain: 'host' | 'rack';
  osdsPerStorageNode: number;
  ramGbNeededPerStorageNode: number;
  coresNeededPerStorageNode: number;
  /** HDD OSDs keep their BlueStore DB on SSDs: one per 5 HDDs, each ≥ 4 % of what it serves. */
  dbDevicesPerStorageNode: number;
  dbDeviceGb: number;
  monitors: number;
  managers: number;
  /** Hours to re-replicate one lost storage node's data over the storage network. */
  recoveryHours: number;
  /** Cinder volumes on Ceph: IOPS per instance from all OSDs; writes divided by the size. */
  volumeReadIopsPerVm: number;
  volumeWriteIopsPerVm: number;
};

export type NodesReport = {
  controller: number;
  network: number;
  compute: number;
  storage: number;
  total: number;
};

export type Severity = 'info' | 'warning';

export type SizingWarning = { code: WarningCode; severity: Severity; message: string };

export type WarningCode =
  | 'below-production-minimum'
  | 'ephemeral-exceeds-drives'
  | 'vm-ghz-exceeds-node'
  | 'bandwidth-below-requirement'
  | 'ha-too-few-controllers'
  | 'ha-even-controllers'
  | 'vlan-tenant-network-limit'
  | 'flat-network-no-isolation'
  | 'tunnel-mtu-overhead'
  | 'nova-network-retired'
  | 'hyperthreading-counted'
  | 'object-zones-below-five'
  | 'replicas-exceed-storage-nodes'
  | 'storage-above-nearfull'
  | 'storage-node-ram-short'
  | 'storage-node-cores-short'
  | 'storage-node-bays-short'
  | 'storage-rack-failure-domain'
  | 'no-storage-nodes'
  | 'growth-purchase-due'
  | 'rack-loss-quorum'
  | 'address-range-too-small'
  | 'address-ranges-overlap';

export type Report = {
  compute: ComputeReport;
  memory: MemoryReport;
  network: NetworkReport;
  storage: StorageReport;
  nodes: NodesReport;
  warnings: SizingWarning[];
  /** Added beside the fixed keys: the instances sized, what still fits, the years, the racks. */
  flavors: FlavorsReport;
  headroom: HeadroomReport;
  growth: GrowthReport;
  racks: RacksReport;
  ceph: CephReport;
  /** Each physical network's range, VIPs, gateway and node addresses; the floating IP pool. */
  addressing: AddressingReport;
  /** What the cloud costs over its life, at the design's prices (examples until replaced). */
  cost: CostReport;
  /** The design sized on each other server profile beside its own; null with none. */
  compare: CompareReport | null;
};

/** One number put into a formula, named as in the formula. */
export type WorkingInput = { name: string; value: number };

/**
 * How a figure was reached, so it can be checked by hand: the formula with named inputs, the
 * numbers put in, the result, and where the book prints something else, why.
 */
export type Working = {
  formula: string;
  inputs: readonly WorkingInput[];
  result: number;
  unit: string;
  bookNote?: string;
};

export type FigureKey =
  | `compute.${Exclude<keyof ComputeReport, 'bound'>}`
  | `memory.${keyof MemoryReport}`
  | `network.${keyof NetworkReport}`
  | `storage.${Exclude<keyof StorageReport, 'pools' | 'bound'>}`
  | `nodes.${keyof NodesReport}`
  | 'memory.largestGbPerNode'
  | 'compute.vmsPerNodeByRam'
  | 'compute.vmsPerNodeByNetwork'
  | 'memory.osdReserveGbPerNode'
  | 'headroom.freeGhz'
  | 'headroom.freeVcpus'
  | 'headroom.freeRamNodes'
  | 'headroom.freeNetworkNodes'
  | 'growth.vms'
  | 'racks.byUnits'
  | 'racks.byPower'
  | 'racks.byPorts'
  | 'racks.count'
  | 'racks.powerKw'
  | 'racks.heatBtuPerHour'
  | 'racks.portsPerSwitch'
  | 'racks.rackLossComputeNodes'
  | 'ceph.ramGbNeededPerStorageNode'
  | 'ceph.coresNeededPerStorageNode'
  | 'ceph.dbDevicesPerStorageNode'
  | 'ceph.recoveryHours'
  | 'ceph.volumeReadIopsPerVm'
  | 'ceph.volumeWriteIopsPerVm';

/** Figures that apply to some designs only: the vCPU limit needs vCPU counts. */
export type OptionalFigureKey =
  | 'compute.vcpus'
  | 'compute.vcpusPerNode'
  | 'compute.nodesByVcpu'
  | 'compute.vcpusPerThread'
  | 'compute.nodesByStorage'
  | 'headroom.freeVcpus';

export type Workings = Record<Exclude<FigureKey, OptionalFigureKey>, Working> &
  Partial<Record<OptionalFigureKey, Working>>;

export type Sizing = { report: Report; working: Workings };

export type SizingResult =
  { ok: true; sizing: Sizing } | { ok: false; errors: { path: string; message: string }[] };

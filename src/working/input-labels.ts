/**
 * The names a working's formula uses, as an architect reads them on screen and on paper. The
 * command line keeps the engine's names, which match the design document's fields.
 */
const INPUT_LABELS: Readonly<Record<string, string>> = {
  // Workload
  vms: 'VMs',
  tenants: 'tenants',
  routersPerTenant: 'routers per tenant',
  networksPerTenant: 'networks per tenant',
  ghzPerVm: 'GHz per VM',
  ghzPerVmMax: 'GHz of the largest VM',
  ghzNeeded: 'GHz needed',
  vcpus: 'vCPUs',
  vcpusPerVm: 'vCPUs per VM',
  ramGb: 'RAM of the flavor (GB)',
  ramGbPerVm: 'RAM per VM (GB)',
  ramGbPerVmMax: 'largest RAM of one VM (GB)',
  ramGbLargestFlavor: 'RAM of the largest flavor (GB)',
  ramOverheadGbPerVm: 'hypervisor RAM per VM (GB)',
  mbpsPerVm: 'bandwidth per VM (Mbit/s)',
  ephemeralGbPerVm: 'ephemeral disk per VM (GB)',
  persistentGbPerVm: 'persistent storage per VM (GB)',
  objectUsableTb: 'object storage usable (TB)',
  floatingIpShare: 'share of VMs with a floating IP',
  growthPerYear: 'growth per year',
  buyForYear: 'year bought for',
  horizonYears: 'years planned',

  // CPU
  ghzPerCore: 'GHz per core',
  coresPerSocket: 'cores per socket',
  socketsPerServer: 'sockets per server',
  hyperThreadingFactor: 'hyper-threading factor',
  cpuAllocationRatio: 'CPU allocation ratio',
  cores: 'cores',
  sockets: 'sockets',
  coresPerNode: 'cores per node',
  threadsPerNode: 'threads per node',
  hostCoresPerNode: 'cores kept from instances per node',
  reservedHostCores: 'host cores reserved per node',
  reservedHostCpus: 'host cores reserved per node',
  coresPerOsd: 'cores per Ceph OSD',
  osdsPerNode: 'Ceph OSDs per node',
  vcpusPerNode: 'vCPUs per node',

  // Compute nodes
  nodes: 'compute nodes',
  computeNodes: 'compute nodes',
  'compute nodes': 'compute nodes',
  'nodes needed': 'compute nodes needed',
  neededComputeNodes: 'compute nodes needed',
  ownedComputeNodes: 'compute nodes owned',
  nodesByCpu: 'nodes by CPU',
  nodesByVcpu: 'nodes by vCPU',
  nodesByRam: 'nodes by RAM',
  nodesByNetwork: 'nodes by network',
  spareComputeNodes: 'spare compute nodes',
  rackLossComputeNodes: 'compute nodes added for a rack loss',
  computeInFullestRack: 'compute nodes in the fullest rack',
  computeNodesInFullestRack: 'compute nodes in the fullest rack',
  vmsPerNode: 'VMs per node',
  vmsPerNodeByRam: 'VMs a node holds by RAM',
  vmsPerNodeByInstalledRam: 'VMs a node holds by RAM installed',
  vmsPerNodeByNetwork: 'VMs a node holds by bandwidth',

  // Memory
  ramAllocationRatio: 'RAM allocation ratio',
  reservedRamGbPerNode: 'host RAM reserved per node (GB)',
  osdReserveGbPerNode: 'Ceph OSD RAM per node (GB)',
  ramGbPerOsd: 'RAM per Ceph OSD (GB)',
  largestGbPerNode: 'largest RAM per node (GB)',
  gbNeededPerNode: 'RAM needed per node (GB)',
  gbInstalledPerNode: 'RAM installed per node (GB)',
  dimmSlotsPerServer: 'DIMM slots per server',
  memoryChannelsPerSocket: 'memory channels per socket',
  stickSizesGb: 'stick sizes (GB)',
  'max(stickSizesGb)': 'largest stick size (GB)',
  stickGb: 'stick size (GB)',
  sticksPerNode: 'sticks per node',

  // Network
  nicGbps: 'data link speed (Gbit/s)',
  dataLinksPerNode: 'data links per node',
  nicBonding: 'NICs bonded',
  'bonding factor': 'bonding factor',
  nicsPerNode: 'NICs per node',
  controllers: 'controllers',
  networkNodes: 'network nodes',
  storageNodes: 'storage nodes',
  nodesByStorage: 'nodes by Ceph storage',
  haVips: 'virtual IPs (HA)',
  controller: 'controller nodes',
  network: 'network nodes',
  compute: 'compute nodes',
  storage: 'storage nodes',

  // Storage
  drivesPerNode: 'drives per node',
  driveIops: 'IOPS per drive',
  driveGb: 'drive size (GB)',
  raidWritePenalty: 'RAID write penalty',
  readIopsPerVm: 'read IOPS per VM',
  blockReplicas: 'block storage copies',
  objectReplicas: 'object storage copies',
  blockUsableGb: 'block storage usable (GB)',
  blockRawGb: 'block storage raw (GB)',
  objectRawTb: 'object storage raw (TB)',
  rawGbPerNode: 'raw storage per node (GB)',

  // Storage nodes and Ceph
  driveTb: 'storage node drive size (TB)',
  nearfullRatio: 'nearfull ratio',
  backfillfullRatio: 'backfillfull ratio',
  nodesByCapacity: 'storage nodes by capacity',
  nodesByRecovery: 'storage nodes by recovery',
  nodesByFailureDomains: 'storage nodes by failure domains',
  rawNeededTb: 'raw storage needed (TB)',
  rawInstalledTb: 'raw storage installed (TB)',
  'largest node TB': 'raw drives of the largest node (TB)',
  'fullest rack TB': 'raw drives in the fullest rack (TB)',
  'nodes lost': 'storage nodes lost at once',
  'OSDs per node': 'Ceph OSDs per storage node',
  'OSD memory headroom': 'headroom over the OSD memory target',
  racks: 'racks',
  'compute drives': 'drives per compute node',
  'compute drives TB': 'raw drives per compute node (TB)',
  osdMemoryTargetGb: 'memory target per OSD (GB)',
  'host RAM GB': 'host RAM (GB)',
  'cores per OSD': 'cores per OSD',
  'host cores': 'host cores',
  'HDDs per DB device': 'HDDs per DB device',
  'data on one node TB': 'data on one node (TB)',
  'surviving nodes': 'surviving nodes',
  'OSDs holding volumes': 'OSDs holding volumes',
  volumeReadIopsPerVm: 'volume read IOPS per VM',
  blockEcK: 'block data chunks (k)',
  blockEcM: 'block coding chunks (m)',
  objectEcK: 'object data chunks (k)',
  objectEcM: 'object coding chunks (m)',

  // Bill of materials
  bootDrivesPerNode: 'boot drives per node',
  dataDrivesPerNode: 'data drives per node',
  dbDevicesPerStorageNode: 'BlueStore DB SSDs per node',

  // Racks and power
  unitsPerRack: 'rack units per rack',
  unitsPerSwitch: 'rack units per switch',
  'unitsPerNode.controller': 'rack units per controller',
  'unitsPerNode.network': 'rack units per network node',
  'unitsPerNode.compute': 'rack units per compute node',
  'unitsPerNode.storage': 'rack units per storage node',
  'wattsPerNode.controller': 'watts per controller',
  'wattsPerNode.network': 'watts per network node',
  'wattsPerNode.compute': 'watts per compute node',
  'wattsPerNode.storage': 'watts per storage node',
  wattsPerSwitch: 'watts per switch',
  powerBudgetWattsPerRack: 'power budget per rack (W)',
  portsPerSwitch: 'ports per switch',
  uplinkPortsPerSwitch: 'uplink ports per switch',
  switches: 'switches',
  powerKw: 'power (kW)',
  'nodes in the busiest rack': 'nodes in the busiest rack',
  byUnits: 'racks by rack units',
  byPower: 'racks by power',
  byPorts: 'racks by switch ports',
  byWholeNodes: 'racks for whole compute nodes',
  byFailureDomain: 'racks to survive a rack loss',
  racksAddedToFit: 'racks added to fit every node',
};

/** One flavor's own number, written `name(flavor)` in a formula that sums over the flavors. */
const PER_FLAVOR_LABELS: Readonly<Record<string, (flavor: string) => string>> = {
  count: (f) => `${f} instances`,
  ghzPerVm: (f) => `GHz per ${f} instance`,
  vcpus: (f) => `vCPUs per ${f} instance`,
  ramGb: (f) => `RAM per ${f} instance (GB)`,
  ramGbPerVm: (f) => `RAM per ${f} instance (GB)`,
  mbps: (f) => `Mbit/s per ${f} instance`,
  mbpsPerVm: (f) => `Mbit/s per ${f} instance`,
  ephemeralGb: (f) => `ephemeral disk per ${f} instance (GB)`,
  persistentGb: (f) => `persistent storage per ${f} instance (GB)`,
  vmsPerNodeByRam: (f) => `${f} instances a node holds by RAM`,
  vmsPerNodeByInstalledRam: (f) => `${f} instances a node holds by RAM installed`,
  vmsPerNodeByNetwork: (f) => `${f} instances a node holds by bandwidth`,
  // Pools use the same shape: `rawTb(volumes)`, `size(images)`.
  rawTb: (pool) => `raw TB of the ${pool} pool`,
  size: (pool) => `copies or chunks of the ${pool} pool`,
};

const PER_FLAVOR_NAME = /^([A-Za-z][A-Za-z0-9]*)\((.+)\)$/;

/** The label of a working's input name, or undefined for a name with no label yet. */
export function inputLabel(name: string): string | undefined {
  const plain = INPUT_LABELS[name];
  if (plain !== undefined) return plain;
  const match = PER_FLAVOR_NAME.exec(name);
  if (!match) return undefined;
  const [, base = '', flavor = ''] = match;
  return PER_FLAVOR_LABELS[base]?.(flavor);
}

/**
 * The names that read as code wherever they stand (camelCase or dotted), so they are labelled in
 * free text too. Plain words such as `nodes` or `compute` are labelled only where a working names
 * them as inputs, since elsewhere they are already English.
 */
export const CODE_LIKE_NAMES: readonly string[] = Object.keys(INPUT_LABELS).filter((name) =>
  /[a-z][A-Z]|\./.test(name),
);

/**
 * Pieces of formulas written as code in the engine, with how an architect would say them. The
 * command line prints the engine's formulas unchanged.
 */
export const CODE_PHRASES: readonly (readonly [string, string])[] = [
  ['(2 if nicBonding else 1)', '(2 with NIC bonding, else 1)'],
];

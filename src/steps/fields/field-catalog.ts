import { CAPACITY_FIELD_TEXT } from './field-catalog-capacity';
import { STORAGE_FIELD_TEXT } from './field-catalog-storage';
import { COST_FIELD_TEXT } from './field-catalog-cost';
import { ADDRESSING_FIELD_TEXT } from './field-catalog-addressing';
import type { FieldText } from './field-text';
import { NAME_FIELD_TEXT } from './field-text-name';

/** Label, unit and a short help text from the book for every input, by document path. */
const BOOK_FIELD_TEXT = {
  name: NAME_FIELD_TEXT,
  'logical.controllers': {
    label: 'Cloud controllers',
    unit: 'nodes',
    help: 'Run the APIs, schedulers, database and message queue. Use 3 or 5 for a quorum.',
  },
  'logical.networkNodes': {
    label: 'Network nodes',
    unit: 'nodes',
    help: 'Run the Neutron L3, DHCP and metadata agents. With 0, these run on the controllers (the book’s example).',
  },
  'logical.storageNodes': {
    label: 'Storage nodes',
    unit: 'nodes',
    help: 'Run cinder-volume, the Swift servers and manila-share. Swift wants at least 5 zones.',
  },
  'logical.haVips': {
    label: 'Virtual IPs (HA)',
    unit: 'VIPs',
    help: 'Addresses fronted by HAProxy and moved by Pacemaker; each one is one more public IP.',
  },
  'logical.spareComputeNodes': {
    label: 'Spare compute nodes (N+k)',
    unit: 'nodes',
    help: 'Extra compute nodes so the cloud still holds every VM when k nodes fail.',
  },
  'logical.networkMode': {
    label: 'Network mode',
    help: 'How tenant networks are built (the book’s table).',
  },
  'logical.tenants': {
    label: 'Tenants',
    unit: 'projects',
    help: 'The book’s example plans for 20 tenants.',
  },
  'logical.routersPerTenant': {
    label: 'Virtual routers per tenant',
    unit: 'routers',
    help: 'Each router takes one floating IP on the external network.',
  },
  'logical.networksPerTenant': {
    label: 'Tenant networks per tenant',
    unit: 'networks',
    help: 'VLAN modes carry at most 4094 tenant networks in all.',
  },
  'physical.workload.vms': {
    label: 'Virtual machines',
    unit: 'VMs',
    help: 'Instances the cloud must host (the book: 200).',
  },
  'physical.workload.ghzPerVm': {
    label: 'Average compute per VM',
    unit: 'GHz',
    help: 'Average compute units per VM; the book assumes 2 GHz.',
  },
  'physical.workload.ghzPerVmMax': {
    label: 'Largest compute of one VM',
    unit: 'GHz',
    help: 'Maximum compute units one VM may use (the book: 16 GHz).',
  },
  'physical.workload.ramGbPerVm': {
    label: 'Average RAM per VM',
    unit: 'GB',
    help: 'The book: 2 GB.',
  },
  'physical.workload.ramGbPerVmMax': {
    label: 'Maximum dynamic RAM per VM',
    unit: 'GB',
    help: 'RAM is sized on this maximum (the book: 8 GB).',
  },
  'physical.workload.mbpsPerVm': {
    label: 'Bandwidth per VM',
    unit: 'Mbit/s',
    help: 'Network throughput each VM needs (the book: 200 Mbit/s).',
  },
  'physical.workload.ephemeralGbPerVm': {
    label: 'Ephemeral disk per VM',
    unit: 'GB',
    help: 'Local disk that disappears with the VM (the book: 100 GB).',
  },
  'physical.workload.persistentGbPerVm': {
    label: 'Persistent storage per VM',
    unit: 'GB',
    help: 'Cinder volumes that outlive the VM (the book: 250 GB).',
  },
  'physical.workload.objectUsableTb': {
    label: 'Object storage needed',
    unit: 'TB usable',
    help: 'What users store in Swift, before replication (1 TB = 1000 GB).',
  },
  'physical.workload.floatingIpShare': {
    label: 'Share of VMs with a floating IP',
    unit: '0 to 1',
    help: '1 gives every VM a floating IP, as in the book; 0.25 gives one VM in four.',
  },
  'physical.cpu.ghzPerCore': {
    label: 'Clock per physical core',
    unit: 'GHz',
    help: 'The book: 2.6 GHz.',
  },
  'physical.cpu.coresPerSocket': {
    label: 'Cores per socket',
    unit: 'cores',
    help: 'The book’s Intel Xeon E5-2648L v2 has 10.',
  },
  'physical.cpu.socketsPerServer': {
    label: 'Sockets per server',
    unit: 'sockets',
    help: 'Dual-socket servers in the book.',
  },
  'physical.cpu.hyperThreadingFactor': {
    label: 'Hyper-threading factor',
    unit: '× cores',
    help: 'Threads counted per core. Nova counts threads, so with hyper-threading on its vCPU limit uses factor 2; the book lists factor 2 but sizes its GHz with 1.',
  },
  'physical.cpu.cpuAllocationRatio': {
    label: 'CPU allocation ratio',
    unit: 'virtual : physical',
    help: 'Nova cpu_allocation_ratio: vCPUs a node offers per thread; 1 means no oversubscription, as in the book (Nova’s default is 4.0).',
  },
  'physical.cpu.reservedHostCores': {
    label: 'Host cores reserved per node',
    unit: 'cores',
    help: 'Cores kept for the host’s own work, never given to instances (Nova reserved_host_cpus counts threads: set it to these cores × threads per core). 0 in the book.',
  },
  'physical.memory.ramAllocationRatio': {
    label: 'RAM allocation ratio',
    unit: 'virtual : physical',
    help: 'Nova ram_allocation_ratio; 1 means no oversubscription.',
  },
  'physical.memory.reservedRamGbPerNode': {
    label: 'Host RAM reserved per node',
    unit: 'GB',
    help: 'Nova reserved_host_memory_mb: RAM kept for the hypervisor and agents.',
  },
  'physical.memory.dimmSlotsPerServer': {
    label: 'DIMM slots per server',
    unit: 'slots',
    help: 'The book’s servers have 24.',
  },
  'physical.memory.memoryChannelsPerSocket': {
    label: 'Memory channels per socket',
    unit: 'channels',
    help: 'Sticks go in sets of channels × sockets so every channel is balanced.',
  },
  'physical.memory.stickSizesGb': {
    label: 'Stick sizes the servers take',
    unit: 'GB, comma-separated',
    help: 'The book: 2, 4, 8 and 16 GB. The largest is used.',
  },
  'physical.network.nicGbps': {
    label: 'Speed of one data link',
    unit: 'Gbit/s',
    help: 'The book: a 10 Gbit/s link per server.',
  },
  'physical.network.dataLinksPerNode': {
    label: 'Data links per node',
    unit: 'links',
    help: 'Links counted for bandwidth.',
  },
  'physical.network.nicBonding': {
    label: 'Bond NICs in pairs',
    help: 'Bonding doubles the NICs for redundancy (MLAG to two switches); the second NIC is not counted as bandwidth.',
  },
  'physical.storage.drivesPerNode': {
    label: 'SSDs per compute node',
    unit: 'drives',
    help: 'The book: eight drive slots.',
  },
  'physical.storage.driveIops': {
    label: 'Read IOPS per drive',
    unit: 'IOPS',
    help: 'The book: 20K IOPS SSDs.',
  },
  'physical.storage.driveGb': {
    label: 'Size of one drive',
    unit: 'GB',
    help: 'Not in the book: 960 GB is a common SSD size.',
  },
  'physical.storage.raidWritePenalty': {
    label: 'RAID write penalty',
    unit: '×',
    help: 'Write IOPS = read IOPS / penalty. RAID 10: 2, RAID 5: 4, RAID 6: 6.',
  },
  'physical.storage.blockReplicas': {
    label: 'Block storage copies',
    unit: 'replicas',
    help: 'Copies kept of every volume (Ceph: 3).',
  },
  'physical.storage.objectReplicas': {
    label: 'Object storage copies',
    unit: 'replicas',
    help: 'Swift keeps 3 replicas: X TB needs 3X TB raw.',
  },
} as const satisfies Record<string, FieldText>;

export const FIELD_TEXT = {
  ...BOOK_FIELD_TEXT,
  ...CAPACITY_FIELD_TEXT,
  ...STORAGE_FIELD_TEXT,
  ...COST_FIELD_TEXT,
  ...ADDRESSING_FIELD_TEXT,
};

export type FieldPath = keyof typeof FIELD_TEXT;

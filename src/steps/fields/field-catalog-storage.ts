import type { DRIVE_KINDS, OBJECT_BACKENDS } from '../../design/storage-cluster-schema';
import {
  CORES_PER_OSD,
  HDDS_PER_DB_DEVICE,
  HOST_CORES,
  HOST_RAM_GB,
  OSD_MEMORY_HEADROOM,
} from '../../engine/storage/ceph-cluster';
import type { FieldText } from './field-text';
import type { SelectOption } from './select-field';

const headroom = Math.round((OSD_MEMORY_HEADROOM - 1) * 100);

/**
 * Dedicated storage nodes and the Ceph cluster on them. Ceph's defaults are quoted from its
 * monitor and OSD configuration references; the engine's own allowances are read from the engine
 * so the help never disagrees with the sizing.
 */
export const STORAGE_FIELD_TEXT = {
  'physical.storageNode.driveBays': {
    label: 'Drive bays per storage node',
    unit: 'bays',
    help: 'Slots for drives in one storage node’s chassis; a 2U server commonly has 12. With HDDs, their database SSDs take bays too.',
  },
  'physical.storageNode.drivesPerNode': {
    label: 'Drives per storage node',
    unit: 'drives',
    help: 'Data drives fitted in each storage node, at most one per bay. On a node that holds Ceph data, each drive is one OSD.',
  },
  'physical.storageNode.driveTb': {
    label: 'Size of one storage node drive',
    unit: 'TB',
    help: 'Raw size of one data drive (1 TB = 1000 GB); 7.68 TB is a common data-center SSD. Smaller drives need more nodes for the same data.',
  },
  'physical.storageNode.driveKind': {
    label: 'Storage node drive kind',
    help: `Sets the cores each OSD needs, after Ceph’s hardware recommendations: ${CORES_PER_OSD.hdd} for an HDD, ${CORES_PER_OSD.ssd} for a SATA SSD, ${CORES_PER_OSD.nvme} for NVMe. HDDs also get one SSD for their BlueStore database per ${HDDS_PER_DB_DEVICE} drives.`,
  },
  'physical.storageNode.driveIops': {
    label: 'Read IOPS per storage node drive',
    unit: 'IOPS',
    help: 'Volumes on the storage nodes get their IOPS from these drives: a SATA SSD gives tens of thousands, a 7,200 rpm HDD a few hundred.',
  },
  'physical.storageNode.cores': {
    label: 'Cores per storage node',
    unit: 'cores',
    help: `Physical cores of one storage node. Its OSDs need cores by drive kind and the host ${HOST_CORES} more; a warning shows when they fall short.`,
  },
  'physical.storageNode.ramGb': {
    label: 'RAM per storage node',
    unit: 'GB',
    help: `Each OSD needs its memory target and ${headroom} % more for spikes (Ceph’s hardware recommendations), and the host ${HOST_RAM_GB} GB; a warning shows when this falls short.`,
  },
  'physical.storageNode.nicGbps': {
    label: 'Storage node link speed',
    unit: 'Gbit/s',
    help: 'After a node is lost, the others copy its data back through their links: this sets the recovery time. 25 Gbit/s is common for storage networks.',
  },
  'physical.ceph.nearfullRatio': {
    label: 'Nearfull ratio',
    unit: 'share of raw, 0 to 1',
    help: 'Ceph warns when an OSD is this full, and the storage nodes are sized to keep the data below it. Ceph’s default is 0.85 (mon_osd_nearfull_ratio in its monitor configuration reference; an OSD stops taking writes at 0.95).',
  },
  'physical.ceph.backfillfullRatio': {
    label: 'Backfillfull ratio',
    unit: 'share of raw, 0 to 1',
    help: 'Ceph moves no more data onto an OSD this full. After losing a storage node (or a rack), the others must take its data back below it. Ceph’s default is 0.90 (mon_osd_backfillfull_ratio).',
  },
  'physical.ceph.osdMemoryTargetGb': {
    label: 'OSD memory target',
    unit: 'GB',
    help: 'Memory each OSD aims to use, for every drive of a storage node. Ceph’s osd_memory_target is 4 GiB by default; more helps caching on fast drives.',
  },
  'physical.ceph.targetPgsPerOsd': {
    label: 'Target placement groups per OSD',
    unit: 'PGs',
    help: 'Each pool gets placement groups in proportion to its data, aiming at this many per OSD (Ceph’s mon_target_pg_per_osd, 100 by default).',
  },
  'physical.ceph.imagesTb': {
    label: 'Glance images',
    unit: 'TB',
    help: 'The images instances boot from, kept in a Ceph pool, or in Swift when Swift is the only storage. Not in the book: 1 TB is a starting guess.',
  },
  'physical.ceph.imageReplicas': {
    label: 'Image copies',
    unit: 'replicas',
    help: 'Copies kept of every image (Ceph’s default pool size is 3).',
  },
  'physical.ceph.ephemeralOnCeph': {
    label: 'Instance disks on Ceph',
    help: 'Nova keeps each VM’s root and ephemeral disk in a Ceph pool instead of on the compute node, so VMs can move between nodes; they take as many copies as block storage.',
  },
  'physical.ceph.objectBackend': {
    label: 'Object storage back end',
    help: 'Swift keeps objects in its own rings on the storage nodes. Ceph RADOS Gateway serves the same Swift and S3 APIs from a Ceph pool on the OSDs.',
  },
  'physical.ceph.blockEcK': {
    label: 'Block storage erasure code: data chunks',
    unit: 'k',
    help: '0 keeps volumes as the copies above. With erasure coding each volume is cut into k data chunks and m coding chunks on k + m nodes: 4 + 2 stores 1.5 times the data raw instead of 3 and survives losing 2 nodes.',
  },
  'physical.ceph.blockEcM': {
    label: 'Block storage erasure code: coding chunks',
    unit: 'm',
    help: 'Nodes that may be lost without losing a volume; 0 when the data chunks are 0.',
  },
  'physical.ceph.objectEcK': {
    label: 'Object storage erasure code: data chunks',
    unit: 'k',
    help: '0 keeps objects as the copies above. Erasure coding cuts each object into k data chunks and m coding chunks on k + m nodes, as Swift and Ceph both can.',
  },
  'physical.ceph.objectEcM': {
    label: 'Object storage erasure code: coding chunks',
    unit: 'm',
    help: 'Nodes that may be lost without losing an object; 0 when the data chunks are 0.',
  },
} as const satisfies Record<string, FieldText>;

/** What the lists offer, in the words a buyer of hardware uses. */
export const DRIVE_KIND_OPTIONS: readonly SelectOption<(typeof DRIVE_KINDS)[number]>[] = [
  { value: 'hdd', label: 'HDD' },
  { value: 'ssd', label: 'SATA SSD' },
  { value: 'nvme', label: 'NVMe' },
];

export const OBJECT_BACKEND_OPTIONS: readonly SelectOption<(typeof OBJECT_BACKENDS)[number]>[] = [
  { value: 'swift', label: 'Swift' },
  { value: 'ceph-rgw', label: 'Ceph RADOS Gateway' },
];

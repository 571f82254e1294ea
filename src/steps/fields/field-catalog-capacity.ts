import type { FieldText } from './field-text';

/** Inputs beyond the book's example: host overhead, growth, racks and power. */
export const CAPACITY_FIELD_TEXT = {
  'physical.memory.ramOverheadGbPerVm': {
    label: 'Hypervisor overhead per VM',
    unit: 'GB',
    help: 'RAM the hypervisor keeps for each instance (QEMU, page tables); not stretched by the allocation ratio.',
  },
  'physical.storage.hyperconverged': {
    label: 'Hyperconverged: Ceph OSDs on the compute nodes',
    help: 'One OSD per drive runs beside the instances, and each OSD needs host RAM of its own.',
  },
  'physical.workload.vcpusPerVm': {
    label: 'vCPUs per VM',
    unit: 'vCPUs',
    help: '0 sizes CPU by GHz alone, as the book does. Give the vCPUs of the average VM to check Nova’s vCPU limit too: threads × CPU allocation ratio per node.',
  },
  'physical.storage.coresPerOsd': {
    label: 'Host cores per OSD',
    unit: 'cores',
    help: 'Cores each Ceph OSD keeps on a hyperconverged node: at least 1 (Red Hat’s HCI guide); Ceph’s hardware guide asks 2–4 for NVMe.',
  },
  'physical.storage.ramGbPerOsd': {
    label: 'Host RAM per OSD',
    unit: 'GB',
    help: 'Red Hat’s HCI guides reserve 3–5 GB per OSD.',
  },
  'plan.growthPerYear': {
    label: 'Instance growth per year',
    unit: '%',
    help: 'Compounded year on year, and rounded up: the explainer below gives this design’s instances today and at the horizon.',
  },
  'plan.horizonYears': {
    label: 'Years to plan for',
    unit: 'years',
    help: 'Every year from today to this one is sized.',
  },
  'plan.buyForYear': {
    label: 'Buy for year',
    unit: 'year',
    help: '0 buys for today; a later year buys ahead so no purchase is due until then.',
  },
  'racks.unitsPerRack': {
    label: 'Rack height',
    unit: 'U',
    help: 'Usable rack units in one rack (42U is common).',
  },
  'racks.unitsPerNode.controller': {
    label: 'Controller height',
    unit: 'U',
    help: 'Rack units of one controller.',
  },
  'racks.unitsPerNode.network': {
    label: 'Network node height',
    unit: 'U',
    help: 'Rack units of one network node.',
  },
  'racks.unitsPerNode.compute': {
    label: 'Compute node height',
    unit: 'U',
    help: 'Rack units of one compute node.',
  },
  'racks.unitsPerNode.storage': {
    label: 'Storage node height',
    unit: 'U',
    help: 'Rack units of one storage node.',
  },
  'racks.wattsPerNode.controller': {
    label: 'Controller power',
    unit: 'W',
    help: 'Typical draw of one controller.',
  },
  'racks.wattsPerNode.network': {
    label: 'Network node power',
    unit: 'W',
    help: 'Typical draw of one network node.',
  },
  'racks.wattsPerNode.compute': {
    label: 'Compute node power',
    unit: 'W',
    help: 'Typical draw of one compute node.',
  },
  'racks.wattsPerNode.storage': {
    label: 'Storage node power',
    unit: 'W',
    help: 'Typical draw of one storage node.',
  },
  'racks.powerBudgetWattsPerRack': {
    label: 'Power budget per rack',
    unit: 'W',
    help: 'What the rack’s power feeds and cooling allow.',
  },
  'racks.unitsPerSwitch': {
    label: 'Switch height',
    unit: 'U',
    help: 'Each rack holds a redundant pair of switches.',
  },
  'racks.wattsPerSwitch': {
    label: 'Switch power',
    unit: 'W',
    help: 'Draw of one top-of-rack switch.',
  },
  'racks.portsPerSwitch': {
    label: 'Ports per switch',
    unit: 'ports',
    help: 'The book: two 48-port switches, each node’s bonded NICs split across the pair (MLAG).',
  },
  'racks.uplinkPortsPerSwitch': {
    label: 'Uplink and peer-link ports per switch',
    unit: 'ports',
    help: 'Kept for the MLAG peer link and the uplinks to the aggregation layer.',
  },
  'racks.surviveRackLoss': {
    label: 'Survive the loss of a whole rack',
    help: 'Adds compute nodes so that losing the fullest rack still leaves enough for every VM.',
  },
} as const satisfies Record<string, FieldText>;

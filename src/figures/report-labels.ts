import type { FigureKey } from '../engine/report/report-types';

/** How each figure of the report is named on screen and on paper. */
export const REPORT_SECTIONS: readonly { title: string; keys: readonly FigureKey[] }[] = [
  {
    title: 'Compute',
    keys: [
      'compute.coresNeeded',
      'compute.cores',
      'compute.sockets',
      'compute.nodesByCpu',
      'compute.vmsPerNodeByRam',
      'compute.nodesByRam',
      'compute.vmsPerNodeByNetwork',
      'compute.nodesByNetwork',
      'compute.nodes',
      'compute.vmsPerNode',
    ],
  },
  {
    title: 'Memory',
    keys: [
      'memory.largestGbPerNode',
      'memory.osdReserveGbPerNode',
      'memory.gbNeededPerNode',
      'memory.stickGb',
      'memory.sticksPerNode',
      'memory.gbInstalledPerNode',
      'memory.sticksTotal',
    ],
  },
  {
    title: 'Network',
    keys: ['network.mbpsPerVm', 'network.nicsPerNode', 'network.publicIps', 'network.floatingIps'],
  },
  {
    title: 'Storage',
    keys: [
      'storage.ephemeralGbPerNode',
      'storage.persistentGbPerNode',
      'storage.blockUsableGb',
      'storage.blockRawGb',
      'storage.objectRawTb',
      'storage.readIopsPerVm',
      'storage.writeIopsPerVm',
    ],
  },
  {
    title: 'Nodes',
    keys: ['nodes.controller', 'nodes.network', 'nodes.compute', 'nodes.storage', 'nodes.total'],
  },
];

export const FIGURE_LABELS: Partial<Record<FigureKey, string>> = {
  'compute.coresNeeded': 'Cores needed (unrounded)',
  'compute.cores': 'Cores',
  'compute.sockets': 'Sockets',
  'compute.nodesByCpu': 'Nodes by CPU',
  'compute.vmsPerNodeByRam': 'VMs a node holds by RAM',
  'compute.nodesByRam': 'Nodes by RAM',
  'compute.vmsPerNodeByNetwork': 'VMs a node holds by bandwidth',
  'compute.nodesByNetwork': 'Nodes by network',
  'compute.nodes': 'Compute nodes (with spares)',
  'compute.vmsPerNode': 'VMs per compute node',
  'memory.largestGbPerNode': 'Most RAM a node can take',
  'memory.osdReserveGbPerNode': 'Ceph OSD reserve per node',
  'memory.gbNeededPerNode': 'RAM needed per node',
  'memory.stickGb': 'Stick size',
  'memory.sticksPerNode': 'Sticks per node',
  'memory.gbInstalledPerNode': 'RAM installed per node',
  'memory.sticksTotal': 'Sticks in all',
  'network.mbpsPerVm': 'Bandwidth per VM',
  'network.nicsPerNode': 'NICs per node',
  'network.publicIps': 'Public IPs',
  'network.floatingIps': 'Floating IPs',
  'storage.ephemeralGbPerNode': 'Ephemeral disk per node',
  'storage.persistentGbPerNode': 'Persistent storage per node',
  'storage.blockUsableGb': 'Block storage usable',
  'storage.blockRawGb': 'Block storage raw',
  'storage.objectRawTb': 'Object storage raw',
  'storage.readIopsPerVm': 'Read IOPS per VM',
  'storage.writeIopsPerVm': 'Write IOPS per VM',
  'nodes.controller': 'Controller nodes',
  'nodes.network': 'Network nodes',
  'nodes.compute': 'Compute nodes',
  'nodes.storage': 'Storage nodes',
  'nodes.total': 'Nodes in all',
  'headroom.freeGhz': 'Compute still free',
  'headroom.freeRamNodes': 'RAM still free (nodes’ worth)',
  'headroom.freeNetworkNodes': 'Bandwidth still free (nodes’ worth)',
  'growth.vms': 'Instances sized for',
  'racks.byUnits': 'Racks by rack units',
  'racks.byPower': 'Racks by power',
  'racks.byPorts': 'Racks by switch ports',
  'racks.count': 'Racks',
  'racks.rackLossComputeNodes': 'Compute nodes added to survive a rack loss',
  'racks.powerKw': 'Power',
  'racks.heatBtuPerHour': 'Heat',
  'racks.portsPerSwitch': 'Ports used per switch',
};

export function figureLabel(key: FigureKey): string {
  return FIGURE_LABELS[key] ?? key;
}

import type { WarningCode } from '../report/report-types';

/** A plain-language fix for each warning, shown beside it in the wizard and the summary. */
export const WARNING_FIXES: Record<WarningCode, string> = {
  'below-production-minimum':
    'Choose compute nodes with at least 300 GB of disk, 128 GB of RAM and two 8-core CPUs, or accept the risk for a pilot.',
  'ephemeral-exceeds-drives':
    'Add drives per node, choose larger drives, or lower the ephemeral disk per VM.',
  'vm-ghz-exceeds-node': 'Lower the largest VM, or choose CPUs with more cores or a higher clock.',
  'bandwidth-below-requirement': 'Add data links per node or choose faster NICs.',
  'ha-too-few-controllers': 'Use 3 cloud controllers (or 5 for larger clouds) behind a virtual IP.',
  'ha-even-controllers': 'Use an odd number of controllers (3 or 5) so a quorum survives a split.',
  'vlan-tenant-network-limit':
    'Use a tunnelled Neutron mode (VXLAN or GRE), which is not bound to 4094 VLAN ids.',
  'flat-network-no-isolation': 'Choose a mode with tenant isolation: Neutron VLAN, GRE or VXLAN.',
  'tunnel-mtu-overhead':
    'Raise the MTU of the physical tenant network (jumbo frames) or let Neutron advertise the smaller MTU to instances.',
  'nova-network-retired': 'Choose a Neutron mode; nova-network is only for studying older clouds.',
  'hyperthreading-counted':
    'Keep the factor at 1 unless the workload is known to gain from hyper-threading.',
  'object-zones-below-five': 'Add storage nodes (zones) until there are at least 5.',
  'replicas-exceed-storage-nodes': 'Add storage nodes or keep fewer replicas.',
  'storage-above-nearfull':
    'Add storage nodes or larger drives, or keep fewer replicas, so the cluster stays below nearfull.',
  'storage-node-ram-short':
    'Give each storage node more RAM: every OSD wants its memory target, plus room for the host.',
  'storage-node-bays-short':
    'Put fewer HDDs in each storage node, or choose a chassis with more bays (Storage nodes, in the Storage step).',
  'storage-node-cores-short': 'Choose storage nodes with more cores, or fewer drives per node.',
  'storage-rack-failure-domain':
    'Spread the storage over at least as many racks as each pool keeps copies (or k + m chunks).',
  'no-storage-nodes':
    'Add storage nodes, or leave out block, object and file storage in the conceptual step.',
  'growth-purchase-due':
    'Plan the purchase for the years shown, or buy for a later year now (Buy for year, in the Growth step).',
  'rack-loss-quorum':
    'Use at least 3 controllers (an odd number), one per rack, so a rack loss leaves a majority.',
  'address-range-too-small':
    'Widen the range to the prefix named (Addressing plan, in the logical phase), or choose another range.',
  'address-ranges-overlap':
    'Give each physical network a range of its own that shares no address with another (Addressing plan).',
};

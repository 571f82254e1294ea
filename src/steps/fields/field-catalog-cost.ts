import type { FieldText } from './field-text';

const EXAMPLE = 'An example price: replace it with your quote.';

/** The prices and power figures of the cost over the cloud's life. */
export const COST_FIELD_TEXT = {
  'costing.currency': {
    label: 'Currency',
    help: 'A label printed beside every amount (USD, EUR, …): nothing is converted.',
  },
  'costing.compute.serverPrice': {
    label: 'Compute server, without RAM, drives or NICs',
    unit: 'per node',
    help: `Chassis, processors and boards of one compute node. ${EXAMPLE}`,
  },
  'costing.compute.ramPricePerGb': {
    label: 'RAM price per GB',
    unit: 'per GB',
    help: `A stick costs its size × this. ${EXAMPLE}`,
  },
  'costing.compute.drivePrice': {
    label: 'Compute node drive',
    unit: 'per drive',
    help: `One of the compute node’s local drives. ${EXAMPLE}`,
  },
  'costing.compute.nicPrice': {
    label: 'Network card',
    unit: 'per NIC',
    help: `One data NIC of a compute node. ${EXAMPLE}`,
  },
  'costing.compute.stickPrices': {
    label: 'Stick prices',
    help: 'A price for a stick size replaces its GB × the RAM price per GB; sizes without one keep that.',
  },
  'costing.compute.powerFrom': {
    label: 'Compute node power for the cost from',
    help: 'Stated idle and loaded watts, or an estimate from the parts: sockets × CPU TDP + sticks × W per stick + drives × W per drive + base W, idle a share of that. Racks are planned on the Racks step’s watts either way.',
  },
  'costing.compute.tdp.cpuW': {
    label: 'CPU TDP',
    unit: 'W per socket',
    help: 'The processor’s thermal design power from its data sheet: about what a socket draws under sustained load.',
  },
  'costing.compute.tdp.stickW': {
    label: 'Power per memory stick',
    unit: 'W',
    help: 'A DDR4 or DDR5 RDIMM draws a few watts in use (about 3), more for the largest sticks.',
  },
  'costing.compute.tdp.driveW': {
    label: 'Power per drive',
    unit: 'W',
    help: 'From the drive’s data sheet: a SATA SSD about 3–6 W active, an NVMe drive 8–25 W, an HDD 6–10 W.',
  },
  'costing.compute.tdp.baseW': {
    label: 'Base power: board, fans, NICs',
    unit: 'W',
    help: 'Everything else in the chassis, with the power supplies’ losses: about 60 W for a two-socket 2U server.',
  },
  'costing.compute.tdp.idleShare': {
    label: 'Idle power',
    unit: '% of loaded',
    help: 'What the node draws at rest, as a share of its estimated loaded watts; published SPECpower results for two-socket servers mostly lie between 20 % and 40 %.',
  },
  'costing.compute.wattsIdle': {
    label: 'Compute node idle power',
    unit: 'W',
    help: 'Drawn with no load; a node draws idle W + CPU in use × (loaded W − idle W), loaded W being its watts on the Racks step.',
  },
  'costing.controllerPrice': {
    label: 'Controller node',
    unit: 'per node',
    help: `A cloud controller, complete. ${EXAMPLE}`,
  },
  'costing.networkNodePrice': {
    label: 'Network node',
    unit: 'per node',
    help: `A network node, complete. ${EXAMPLE}`,
  },
  'costing.storageServerPrice': {
    label: 'Storage server, without data drives',
    unit: 'per node',
    help: `A storage node before its data drives. ${EXAMPLE}`,
  },
  'costing.storageDrivePrice': {
    label: 'Storage data drive',
    unit: 'per drive',
    help: `One of the storage node’s data drives. ${EXAMPLE}`,
  },
  'costing.storagePowerFrom': {
    label: 'Storage node power for the cost from',
    help: 'Its stated watts (the Racks step’s), or an estimate from its parts: CPU TDP + data drives × W per drive + base W. Either way a storage node draws it all the time, as Ceph’s recovery and scrubbing keep it busy, and the racks are planned on the stated watts.',
  },
  'costing.storageTdp.cpuW': {
    label: 'Storage node CPU TDP',
    unit: 'W, all processors',
    help: 'The thermal design power of the node’s processors together, from their data sheet: 150 W is a mid-range single-socket storage server’s.',
  },
  'costing.storageTdp.driveW': {
    label: 'Storage node power per data drive',
    unit: 'W',
    help: 'From the drive’s data sheet, active: an HDD about 8 W, a SATA SSD about 6 W, an NVMe drive about 12 W.',
  },
  'costing.storageTdp.baseW': {
    label: 'Storage node base power: board, fans, RAM, NICs',
    unit: 'W',
    help: 'Everything else in the chassis, with its boot drives, HBA and the power supplies’ losses: about 120 W for a 2U storage server.',
  },
  'costing.rackPrice': { label: 'Rack', unit: 'per rack', help: EXAMPLE },
  'costing.pduPairPrice': { label: 'PDU pair', unit: 'per rack', help: EXAMPLE },
  'costing.switchPairPrice': {
    label: 'Top-of-rack switch pair',
    unit: 'per rack',
    help: `The redundant switch pair every rack carries. ${EXAMPLE}`,
  },
  'costing.kwhPrice': {
    label: 'Electricity',
    unit: 'per kWh',
    help: 'What the data centre charges for one kWh.',
  },
  'costing.pue': {
    label: 'Power usage effectiveness (PUE)',
    unit: '×',
    help: 'The data centre’s watts for each watt the servers draw: cooling and losses. 1.5 is typical.',
  },
  'costing.supportShare': {
    label: 'Support per year',
    unit: '% of hardware',
    help: 'Support and maintenance each year, as a share of the hardware bought so far.',
  },
} as const satisfies Record<string, FieldText>;

import type { Design } from '../../design/design-schema';
import { nicsPerNodeOf } from '../../design/node-nics';
import { NODE_ROLES, type NodeRole } from '../logical/node-roles';
import type { RacksReport, RoleCounts } from '../report/plan-report-types';
import type { FigureKey, Working, WorkingInput } from '../report/report-types';
import { input, working } from '../report/working';
import { BTU_PER_HOUR_PER_WATT } from './heat';

const COUNT_NAMES: Record<NodeRole, string> = {
  controller: 'controllers',
  network: 'networkNodes',
  compute: 'computeNodes',
  storage: 'storageNodes',
};

const ROLE_TERMS = {
  unitsPerNode: roleTerms('unitsPerNode'),
  wattsPerNode: roleTerms('wattsPerNode'),
};
const ALL_NODES = NODE_ROLES.map((role) => COUNT_NAMES[role]).join(' + ');
const BY_UNITS = `⌈(${ROLE_TERMS.unitsPerNode}) / (unitsPerRack − 2 × unitsPerSwitch)⌉`;
const BY_POWER = `⌈(${ROLE_TERMS.wattsPerNode}) / (powerBudgetWattsPerRack − 2 × wattsPerSwitch)⌉`;
const BY_PORTS = `⌈(${ALL_NODES}) × nicsPerNode / (2 × (portsPerSwitch − uplinkPortsPerSwitch))⌉`;
const POWER_KW = `(${ROLE_TERMS.wattsPerNode} + switches × wattsPerSwitch) / 1000`;

function roleTerms(perNode: 'unitsPerNode' | 'wattsPerNode'): string {
  return NODE_ROLES.map((role) => `${COUNT_NAMES[role]} × ${perNode}.${role}`).join(' + ');
}

type CountInputs = ReturnType<typeof countInputs>;

function countInputs(counts: RoleCounts) {
  return {
    controller: input('controllers', counts.controller),
    network: input('networkNodes', counts.network),
    compute: input('computeNodes', counts.compute),
    storage: input('storageNodes', counts.storage),
  };
}

/** Each role's count and its per-node figure, in the order the formulas name them. */
function roleInputs(
  perNode: 'unitsPerNode' | 'wattsPerNode',
  design: Design,
  count: CountInputs,
): WorkingInput[] {
  const per = design.racks[perNode];
  const names = PER_NODE_NAMES[perNode];
  return [
    count.controller,
    input(names.controller, per.controller),
    count.network,
    input(names.network, per.network),
    count.compute,
    input(names.compute, per.compute),
    count.storage,
    input(names.storage, per.storage),
  ];
}

const PER_NODE_NAMES = {
  unitsPerNode: {
    controller: 'unitsPerNode.controller',
    network: 'unitsPerNode.network',
    compute: 'unitsPerNode.compute',
    storage: 'unitsPerNode.storage',
  },
  wattsPerNode: {
    controller: 'wattsPerNode.controller',
    network: 'wattsPerNode.network',
    compute: 'wattsPerNode.compute',
    storage: 'wattsPerNode.storage',
  },
} as const;

export function racksWorking(
  design: Design,
  report: RacksReport,
  counts: RoleCounts,
  busiest: RoleCounts,
  out: Partial<Record<FigureKey, Working>>,
): void {
  const { racks } = design;
  const nics = nicsPerNodeOf(design.physical.network);
  const count = countInputs(counts);
  const units = roleInputs('unitsPerNode', design, count);
  units.push(
    input('unitsPerRack', racks.unitsPerRack),
    input('unitsPerSwitch', racks.unitsPerSwitch),
  );
  out['racks.byUnits'] = working(BY_UNITS, units, report.byUnits, 'racks');
  const watts = roleInputs('wattsPerNode', design, count);
  out['racks.byPower'] = working(
    BY_POWER,
    [
      ...watts,
      input('powerBudgetWattsPerRack', racks.powerBudgetWattsPerRack),
      input('wattsPerSwitch', racks.wattsPerSwitch),
    ],
    report.byPower,
    'racks',
  );
  out['racks.byPorts'] = working(
    BY_PORTS,
    [
      count.controller,
      count.network,
      count.compute,
      count.storage,
      input('nicsPerNode', nics),
      input('portsPerSwitch', racks.portsPerSwitch),
      input('uplinkPortsPerSwitch', racks.uplinkPortsPerSwitch),
    ],
    report.byPorts,
    'racks',
  );
  out['racks.count'] = racksCountWorking(report);
  watts.push(input('switches', report.switches), input('wattsPerSwitch', racks.wattsPerSwitch));
  out['racks.powerKw'] = working(POWER_KW, watts, report.powerKw, 'kW');
  out['racks.heatBtuPerHour'] = working(
    `powerKw × 1000 × ${BTU_PER_HOUR_PER_WATT}`,
    [input('powerKw', report.powerKw)],
    report.heatBtuPerHour,
    'BTU/h',
  );
  out['racks.portsPerSwitch'] = working(
    '⌈nodes in the busiest rack × nicsPerNode / 2⌉ + uplinkPortsPerSwitch',
    [
      input(
        'nodes in the busiest rack',
        busiest.controller + busiest.network + busiest.compute + busiest.storage,
      ),
      input('nicsPerNode', nics),
      input('uplinkPortsPerSwitch', racks.uplinkPortsPerSwitch),
    ],
    report.portsPerSwitch,
    'ports',
    'An MLAG pair: each node splits its NICs across both switches of its rack.',
  );
  out['racks.rackLossComputeNodes'] = rackLossWorking(report, counts);
}

/** Every floor of the rack count, then the racks added until the nodes really fit. */
function racksCountWorking(report: RacksReport): Working {
  const floors = [
    input('byUnits', report.byUnits),
    input('byPower', report.byPower),
    input('byPorts', report.byPorts),
    input('byWholeNodes', report.byWholeNodes),
  ];
  if (report.rackLoss.enabled) floors.push(input('byFailureDomain', report.byFailureDomain));
  const most = Math.max(...floors.map((f) => f.value));
  const added = report.count - most;
  const names = floors.map((f) => f.name).join(', ');
  return working(
    `max(${names}) + racksAddedToFit`,
    [...floors, input('racksAddedToFit', added)],
    report.count,
    'racks',
    [
      'byWholeNodes: compute nodes a whole number to a rack.',
      report.rackLoss.enabled
        ? 'byFailureDomain: at least 2 racks, enough for a controller majority after one is lost, and the compute nodes needed plus the spares spread so one rack can go.'
        : '',
      added > 0
        ? 'racksAddedToFit: the controllers, network and storage nodes are spread over every rack, or, when that leaves no room for whole compute nodes, packed into the fewest racks they fit so compute nodes get racks of their own; whole nodes do not split, and racks are added until every node fits.'
        : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined,
  );
}

function rackLossWorking(report: RacksReport, counts: RoleCounts): Working {
  const loss = report.rackLoss;
  if (!loss.enabled)
    return working('0 (surviving the loss of a rack is not asked for)', [], 0, 'nodes');
  return working(
    'least e ≥ 0 with (computeNodes + e) − computeNodesInFullestRack ≥ nodes needed + spareComputeNodes',
    [
      input('computeNodes', counts.compute - loss.extraComputeNodes),
      input('computeNodesInFullestRack', loss.computeNodesInFullestRack),
      input('nodes needed', loss.computeNodesNeeded - loss.spareComputeNodes),
      input('spareComputeNodes', loss.spareComputeNodes),
    ],
    loss.extraComputeNodes,
    'nodes',
    `After the fullest rack is lost, ${counts.compute - loss.computeNodesInFullestRack} compute nodes remain: the ${loss.computeNodesNeeded - loss.spareComputeNodes} the instances need and the ${loss.spareComputeNodes} ${loss.spareComputeNodes === 1 ? 'spare' : 'spares'} (N+k), kept free for a further failure.`,
  );
}

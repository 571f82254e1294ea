import type { Design } from '../design/design-schema';
import { nicsPerNodeOf } from '../design/node-nics';
import { NODE_ROLES, type NodeRole } from './node-roles';
import type { RacksReport, RoleCounts } from './plan-report-types';
import type { RackPlan } from './racks';
import type { FigureKey, Working } from './report-types';
import { tidy } from './rounding';
import { input, working } from './working';

/** 1 W of power drawn is 3.412 BTU/h of heat for the cooling to remove. */
export const BTU_PER_HOUR_PER_WATT = 3.412;

const COUNT_NAMES: Record<NodeRole, string> = {
  controller: 'controllers',
  network: 'networkNodes',
  compute: 'computeNodes',
  storage: 'storageNodes',
};

export function racksReport(
  design: Design,
  plan: RackPlan,
  counts: RoleCounts,
  computeNeeded: number,
  out?: Partial<Record<FigureKey, Working>>,
): RacksReport {
  const { racks } = design;
  const switches = 2 * plan.racks;
  const per = racks.wattsPerNode;
  const nodeWatts =
    counts.controller * per.controller +
    counts.network * per.network +
    counts.compute * per.compute +
    counts.storage * per.storage;
  const powerW = tidy(nodeWatts + switches * racks.wattsPerSwitch);
  const powerKw = tidy(powerW / 1000);
  const heatBtuPerHour = tidy(powerW * BTU_PER_HOUR_PER_WATT);
  let portsPerSwitch = 0;
  let controllersPerRackMax = 0;
  let busiest: RoleCounts = { controller: 0, network: 0, compute: 0, storage: 0 };
  for (const group of plan.groups) {
    if (group.portsPerSwitch > portsPerSwitch) {
      portsPerSwitch = group.portsPerSwitch;
      busiest = group.nodes;
    }
    controllersPerRackMax = Math.max(controllersPerRackMax, group.nodes.controller);
  }
  const controllersAfterLoss = counts.controller - controllersPerRackMax;
  const report: RacksReport = {
    count: plan.racks,
    byUnits: plan.byUnits,
    byPower: plan.byPower,
    byPorts: plan.byPorts,
    limitedBy: plan.limitedBy,
    unitsPerRack: racks.unitsPerRack,
    switches,
    powerW,
    powerKw,
    heatBtuPerHour,
    portsPerSwitch,
    controllersPerRackMax,
    rackLoss: {
      enabled: racks.surviveRackLoss,
      extraComputeNodes: plan.extraComputeNodes,
      computeNodesNeeded: computeNeeded,
      computeNodesInFullestRack: plan.computeInFullestRack,
      computeNodesAfterLoss: counts.compute - plan.computeInFullestRack,
      controllersAfterLoss,
      quorumSurvives: plan.racks > 1 && controllersAfterLoss > counts.controller / 2,
    },
    layout: plan.groups,
  };
  if (out) racksWorking(design, report, counts, busiest, out);
  return report;
}

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

/** Each role's count and its per-node figure, in the order the formulas name them. */
function roleInputs(perNode: 'unitsPerNode' | 'wattsPerNode', design: Design, counts: RoleCounts) {
  const per = design.racks[perNode];
  return [
    input('controllers', counts.controller),
    input(`${perNode}.controller`, per.controller),
    input('networkNodes', counts.network),
    input(`${perNode}.network`, per.network),
    input('computeNodes', counts.compute),
    input(`${perNode}.compute`, per.compute),
    input('storageNodes', counts.storage),
    input(`${perNode}.storage`, per.storage),
  ];
}

function racksWorking(
  design: Design,
  report: RacksReport,
  counts: RoleCounts,
  busiest: RoleCounts,
  out: Partial<Record<FigureKey, Working>>,
): void {
  const { racks } = design;
  const nics = nicsPerNodeOf(design.physical.network);
  const units = roleInputs('unitsPerNode', design, counts);
  units.push(
    input('unitsPerRack', racks.unitsPerRack),
    input('unitsPerSwitch', racks.unitsPerSwitch),
  );
  out['racks.byUnits'] = working(BY_UNITS, units, report.byUnits, 'racks');
  const watts = roleInputs('wattsPerNode', design, counts);
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
      input('controllers', counts.controller),
      input('networkNodes', counts.network),
      input('computeNodes', counts.compute),
      input('storageNodes', counts.storage),
      input('nicsPerNode', nics),
      input('portsPerSwitch', racks.portsPerSwitch),
      input('uplinkPortsPerSwitch', racks.uplinkPortsPerSwitch),
    ],
    report.byPorts,
    'racks',
  );
  const most = Math.max(report.byUnits, report.byPower, report.byPorts);
  out['racks.count'] = working(
    'max(byUnits, byPower, byPorts)',
    [
      input('byUnits', report.byUnits),
      input('byPower', report.byPower),
      input('byPorts', report.byPorts),
    ],
    report.count,
    'racks',
    report.count === most
      ? undefined
      : report.limitedBy === 'failure-domain'
        ? 'More racks, so that losing any one of them leaves enough compute nodes and a controller majority.'
        : 'More racks: whole nodes do not split across racks, and the controllers, network and storage nodes are spread.',
  );
  watts.push(input('switches', report.switches), input('wattsPerSwitch', racks.wattsPerSwitch));
  out['racks.powerKw'] = working(POWER_KW, watts, report.powerKw, 'kW');
  out['racks.heatBtuPerHour'] = working(
    'powerKw × 1000 × 3.412',
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
  const loss = report.rackLoss;
  out['racks.rackLossComputeNodes'] = working(
    'least e with (computeNodes + e) − computeNodesInFullestRack ≥ computeNodesNeeded',
    [
      input('computeNodes', counts.compute - loss.extraComputeNodes),
      input('computeNodesInFullestRack', loss.computeNodesInFullestRack),
      input('computeNodesNeeded', loss.computeNodesNeeded),
    ],
    loss.extraComputeNodes,
    'nodes',
    loss.enabled ? undefined : 'surviveRackLoss is off: no nodes are added for a rack loss.',
  );
}

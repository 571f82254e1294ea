import { NODE_ROLES } from '../engine/logical/node-roles';
import type { RackLimit, RacksReport, RoleCounts } from '../engine/report/plan-report-types';
import type { RackDrawing, RackRun } from '../derivations/rack-drawing';
import { formatNumber } from '../working/format-number';

const n = formatNumber;

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${n(count)} ${count === 1 ? one : many}`;
}

/** "Rack 3" or "Racks 9–37". */
export function rackSpan(first: number, last: number): string {
  return first === last ? `Rack ${first}` : `Racks ${first}–${last}`;
}

export const LIMIT_WORDS: Record<RackLimit, string> = {
  units: 'rack units',
  power: 'the power budget',
  ports: 'switch ports',
  'failure-domain': 'surviving the loss of a rack',
};

const ROLE_WORDS = {
  controller: ['controller', 'controllers'],
  network: ['network node', 'network nodes'],
  compute: ['compute node', 'compute nodes'],
  storage: ['storage node', 'storage nodes'],
} as const;

export function nodesWords(nodes: RoleCounts): string {
  const said = NODE_ROLES.filter((role) => nodes[role] > 0).map((role) =>
    plural(nodes[role], ROLE_WORDS[role][0], ROLE_WORDS[role][1]),
  );
  return said.length === 0 ? 'no nodes' : said.join(', ');
}

/** The count, what each bound asks for, and which one set it. */
export function countSentence(racks: RacksReport): string {
  return (
    `${plural(racks.count, 'rack')} of ${n(racks.unitsPerRack)}U, set by ${LIMIT_WORDS[racks.limitedBy]}: ` +
    `${n(racks.byUnits)} by units, ${n(racks.byPower)} by power, ${n(racks.byPorts)} by ports.`
  );
}

export function powerSentence(racks: RacksReport): string {
  return (
    `${n(racks.powerKw)} kW in all, ${n(Math.round(racks.heatBtuPerHour))} BTU/h of heat to remove; ` +
    `${plural(racks.switches, 'top-of-rack switch', 'top-of-rack switches')} in MLAG pairs, ` +
    `${n(racks.portsPerSwitch)} ports used on each switch of the busiest rack.`
  );
}

export function runSentence(run: RackRun, unitsPerRack: number): string {
  const count = run.lastRack - run.firstRack + 1;
  const alike = count > 1 ? ` (${n(count)} alike)` : '';
  return (
    `${rackSpan(run.firstRack, run.lastRack)}${alike}: ${nodesWords(run.nodes)}; ` +
    `${n(run.unitsUsed)}U of ${n(unitsPerRack)} used, ${n(run.kw)} kW, ` +
    `${n(run.portsPerSwitch)} ports on each switch.`
  );
}

const atLeast = (racks: RacksReport) =>
  racks.rackLoss.computeNodesAfterLoss >= racks.rackLoss.computeNodesNeeded ? '≥' : '<';

/** Under the fullest rack in the drawing, when the design must survive losing a rack. */
export function lossLines(racks: RacksReport): string[] {
  const loss = racks.rackLoss;
  return [
    'Fullest rack; losing it',
    `leaves ${plural(loss.computeNodesAfterLoss, 'compute node')}`,
    `${atLeast(racks)} ${n(loss.computeNodesNeeded)} needed`,
  ];
}

export function lossSentence(racks: RacksReport, drawing: RackDrawing): string | null {
  const loss = racks.rackLoss;
  if (!loss.enabled || drawing.fullestRack === null) return null;
  const controllers = loss.controllersAfterLoss + racks.controllersPerRackMax;
  const added =
    loss.extraComputeNodes > 0
      ? ` ${plural(loss.extraComputeNodes, 'compute node')} added for it.`
      : '';
  return (
    `Losing the fullest rack, rack ${drawing.fullestRack} with ` +
    `${plural(loss.computeNodesInFullestRack, 'compute node')}, leaves ` +
    `${plural(loss.computeNodesAfterLoss, 'compute node')} ${atLeast(racks)} ${n(loss.computeNodesNeeded)} needed ` +
    `and ${n(loss.controllersAfterLoss)} of ${plural(controllers, 'controller')}: ` +
    `${loss.quorumSurvives ? 'quorum holds' : 'quorum is lost'}.${added}`
  );
}

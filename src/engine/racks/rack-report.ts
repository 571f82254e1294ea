import type { Design } from '../../design/design-schema';
import type { RacksReport, RoleCounts } from '../report/plan-report-types';
import type { RackPlan } from './racks';
import type { FigureKey, Working } from '../report/report-types';
import { tidy } from '../report/rounding';
import { racksWorking } from './rack-working';
import { quorumOf } from './quorum';

/** 1 W of power drawn is 3.412 BTU/h of heat for the cooling to remove. */
export const BTU_PER_HOUR_PER_WATT = 3.412;

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
      quorumSurvives:
        plan.racks > 1 && controllersAfterLoss >= quorumOf(counts.controller).majority,
    },
    layout: plan.groups,
  };
  if (out) racksWorking(design, report, counts, busiest, out);
  return report;
}

import type { Design } from '../../design/design-schema';
import type { RacksReport, RoleCounts } from '../report/plan-report-types';
import type { RackPlan } from './racks';
import type { FigureKey, Working } from '../report/report-types';
import { tidy } from '../report/rounding';
import { racksWorking } from './rack-working';
import { quorumOf } from './quorum';
import { BTU_PER_HOUR_PER_WATT } from './heat';
import { powerWOf } from './power';

export function racksReport(
  design: Design,
  plan: RackPlan,
  counts: RoleCounts,
  computeNeeded: number,
  out?: Partial<Record<FigureKey, Working>>,
): RacksReport {
  const { racks } = design;
  const switches = 2 * plan.racks;
  const powerW = powerWOf(design, counts, plan.racks);
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
    byWholeNodes: plan.byWholeNodes,
    byFailureDomain: plan.byFailureDomain,
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
      spareComputeNodes: design.logical.spareComputeNodes,
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

import type { Design } from '../../design/design-schema';
import type { ComputeBounds } from '../sizing/compute';
import type { Demand } from '../sizing/demand';
import { vmsPerNode, type NodeLimits } from '../sizing/node-limits';
import type { HeadroomReport, HeadroomRow } from '../report/plan-report-types';
import type { FigureKey, MemoryReport, Working } from '../report/report-types';
import { roundDown, tidy } from '../report/rounding';
import { input, working } from '../report/working';

/**
 * How many more instances of each flavor the sized compute nodes still take, holding the rest of
 * the demand as it is. CPU is pooled, as the book sizes it; RAM and bandwidth go node by node on
 * the RAM installed, so one flavor alone gets exactly nodes × per node − count.
 */
export function headroomOf(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  bounds: ComputeBounds,
  memory: MemoryReport,
  out?: Partial<Record<FigureKey, Working>>,
): HeadroomReport {
  const { cpu } = design.physical;
  const nodes = bounds.baseNodes;
  const ghzPerNode =
    cpu.coresPerSocket *
    cpu.socketsPerServer *
    cpu.ghzPerCore *
    cpu.hyperThreadingFactor *
    cpu.cpuAllocationRatio;
  const capacityGhz = tidy(nodes * ghzPerNode);
  const demandGhz = tidy(demand.ghzTotal);
  const freeGhz = tidy(Math.max(0, capacityGhz - demandGhz));
  const ramLeft = memory.gbInstalledPerNode - limits.reserve.totalGbPerNode;
  const byInstalledRam: number[] = [];
  let ramUsed = 0;
  let networkUsed = 0;
  demand.classes.forEach((c, i) => {
    const fit = limits.classes[i];
    const perNode = fit ? vmsPerNode(ramLeft, fit.ramGbSized) : 0;
    byInstalledRam.push(perNode);
    if (c.count === 0) return;
    // A flavor the installed RAM cannot hold at all counts a node each: a warning says so.
    ramUsed += c.count / Math.max(1, perNode);
    networkUsed += c.count / Math.max(1, fit?.vmsPerNodeByNetwork ?? 1);
  });
  const freeRamNodes = tidy(Math.max(0, nodes - ramUsed));
  const freeNetworkNodes = tidy(Math.max(0, nodes - networkUsed));

  const rows = demand.classes.map((c, i): HeadroomRow => {
    const ramPerNode = byInstalledRam[i] ?? 0;
    const netPerNode = limits.classes[i]?.vmsPerNodeByNetwork ?? 0;
    const moreByCpu = roundDown(freeGhz / c.ghzPerVm);
    const moreByRam = roundDown(freeRamNodes * ramPerNode);
    const moreByNetwork = roundDown(freeNetworkNodes * netPerNode);
    const more = Math.min(moreByCpu, moreByRam, moreByNetwork);
    return {
      name: c.name,
      ghzPerVm: c.ghzPerVm,
      vmsPerNodeByInstalledRam: ramPerNode,
      vmsPerNodeByNetwork: netPerNode,
      moreByCpu,
      moreByRam,
      moreByNetwork,
      more,
      // On a tie, the first of cpu, ram, network.
      limitedBy: moreByCpu === more ? 'cpu' : moreByRam === more ? 'ram' : 'network',
    };
  });
  const report: HeadroomReport = {
    computeNodes: nodes,
    capacityGhz,
    demandGhz,
    freeGhz,
    freeRamNodes,
    freeNetworkNodes,
    utilisation: {
      cpu: capacityGhz === 0 ? 0 : tidy(Math.min(1, demandGhz / capacityGhz)),
      ram: tidy(Math.min(1, ramUsed / nodes)),
      network: tidy(Math.min(1, networkUsed / nodes)),
    },
    rows,
  };
  if (out) headroomWorking(design, report, ramUsed, networkUsed, out);
  return report;
}

function headroomWorking(
  design: Design,
  report: HeadroomReport,
  ramUsed: number,
  networkUsed: number,
  out: Partial<Record<FigureKey, Working>>,
): void {
  const { cpu } = design.physical;
  const spareNote =
    'Counts the nodes the instances need: N+k spares and rack-loss nodes stay free for failures.';
  out['headroom.freeGhz'] = working(
    'nodes × coresPerSocket × socketsPerServer × ghzPerCore × hyperThreadingFactor × cpuAllocationRatio − ghzNeeded',
    [
      input('nodes', report.computeNodes),
      input('coresPerSocket', cpu.coresPerSocket),
      input('socketsPerServer', cpu.socketsPerServer),
      input('ghzPerCore', cpu.ghzPerCore),
      input('hyperThreadingFactor', cpu.hyperThreadingFactor),
      input('cpuAllocationRatio', cpu.cpuAllocationRatio),
      input('ghzNeeded', report.demandGhz),
    ],
    report.freeGhz,
    'GHz',
    spareNote,
  );
  out['headroom.freeRamNodes'] = working(
    'nodes − Σ count / vmsPerNodeByInstalledRam',
    [
      input('nodes', report.computeNodes),
      input('Σ count / vmsPerNodeByInstalledRam', tidy(ramUsed)),
    ],
    report.freeRamNodes,
    'nodes',
    'vmsPerNodeByInstalledRam = ⌊(gbInstalledPerNode − reservedRamGbPerNode − osdReserveGbPerNode) / (ramGb / ramAllocationRatio + ramOverheadGbPerVm)⌋ per flavor.',
  );
  out['headroom.freeNetworkNodes'] = working(
    'nodes − Σ count / vmsPerNodeByNetwork',
    [
      input('nodes', report.computeNodes),
      input('Σ count / vmsPerNodeByNetwork', tidy(networkUsed)),
    ],
    report.freeNetworkNodes,
    'nodes',
  );
}

import type { Design } from '../../design/design-schema';
import type { ComputeBounds } from '../sizing/compute';
import type { Demand } from '../sizing/demand';
import { vmsPerNode, type NodeLimits } from '../sizing/node-limits';
import type { HeadroomReport, HeadroomRow } from '../report/plan-report-types';
import type { FigureKey, MemoryReport, Working } from '../report/report-types';
import { roundDown, tidy } from '../report/rounding';
import { input, working } from '../report/working';
import { classTerms } from '../report/class-terms';

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
  // The cores kept for the host and the Ceph OSDs carry no instance.
  const ghzPerNode =
    limits.guestCoresPerNode * cpu.ghzPerCore * cpu.hyperThreadingFactor * cpu.cpuAllocationRatio;
  const capacityGhz = tidy(nodes * ghzPerNode);
  const demandGhz = tidy(demand.ghzTotal);
  const freeGhz = tidy(Math.max(0, capacityGhz - demandGhz));
  const vcpus = demand.vcpusTotal;
  const capacityVcpus = vcpus === null ? null : nodes * limits.vcpusPerNode;
  const freeVcpus =
    capacityVcpus === null || vcpus === null ? null : Math.max(0, capacityVcpus - vcpus);
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
    const moreByVcpu =
      freeVcpus === null || c.vcpus === null ? null : roundDown(freeVcpus / c.vcpus);
    const moreByRam = roundDown(freeRamNodes * ramPerNode);
    const moreByNetwork = roundDown(freeNetworkNodes * netPerNode);
    const more = Math.min(moreByCpu, moreByVcpu ?? moreByCpu, moreByRam, moreByNetwork);
    return {
      name: c.name,
      ghzPerVm: c.ghzPerVm,
      vmsPerNodeByInstalledRam: ramPerNode,
      vmsPerNodeByNetwork: netPerNode,
      moreByCpu,
      moreByVcpu,
      moreByRam,
      moreByNetwork,
      more,
      // On a tie, the first of cpu, vcpu, ram, network.
      limitedBy:
        moreByCpu === more
          ? 'cpu'
          : moreByVcpu === more
            ? 'vcpu'
            : moreByRam === more
              ? 'ram'
              : 'network',
    };
  });
  const report: HeadroomReport = {
    computeNodes: nodes,
    capacityGhz,
    demandGhz,
    freeGhz,
    capacityVcpus,
    freeVcpus,
    freeRamNodes,
    freeNetworkNodes,
    utilisation: {
      cpu: capacityGhz === 0 ? 0 : tidy(Math.min(1, demandGhz / capacityGhz)),
      vcpu:
        capacityVcpus === null || vcpus === null || capacityVcpus === 0
          ? null
          : tidy(Math.min(1, vcpus / capacityVcpus)),
      ram: tidy(Math.min(1, ramUsed / nodes)),
      network: tidy(Math.min(1, networkUsed / nodes)),
    },
    rows,
  };
  if (out) headroomWorking(design, demand, limits, report, byInstalledRam, out);
  return report;
}

function headroomWorking(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  report: HeadroomReport,
  byInstalledRam: readonly number[],
  out: Partial<Record<FigureKey, Working>>,
): void {
  const { cpu } = design.physical;
  const spareNote =
    'Counts the nodes the instances need: N+k spares and rack-loss nodes stay free for failures.';
  out['headroom.freeGhz'] = working(
    '(nodes × (coresPerSocket × socketsPerServer − hostCoresPerNode) × ghzPerCore × hyperThreadingFactor × cpuAllocationRatio − ghzNeeded), at least 0',
    [
      input('nodes', report.computeNodes),
      input('coresPerSocket', cpu.coresPerSocket),
      input('socketsPerServer', cpu.socketsPerServer),
      input('hostCoresPerNode', limits.reserve.hostCoresPerNode),
      input('ghzPerCore', cpu.ghzPerCore),
      input('hyperThreadingFactor', cpu.hyperThreadingFactor),
      input('cpuAllocationRatio', cpu.cpuAllocationRatio),
      input('ghzNeeded', report.demandGhz),
    ],
    report.freeGhz,
    'GHz',
    spareNote,
  );
  if (report.capacityVcpus !== null && report.freeVcpus !== null)
    out['headroom.freeVcpus'] = working(
      '(nodes × vcpusPerNode − vcpus), at least 0',
      [
        input('nodes', report.computeNodes),
        input('vcpusPerNode', limits.vcpusPerNode),
        input('vcpus', demand.vcpusTotal ?? 0),
      ],
      report.freeVcpus,
      'vCPUs',
      spareNote,
    );
  const ram = classTerms(demand.classes, '/', 'vmsPerNodeByInstalledRam', (_c, i) =>
    Math.max(1, byInstalledRam[i] ?? 0),
  );
  out['headroom.freeRamNodes'] = working(
    `(nodes − (${ram.formula})), at least 0`,
    [input('nodes', report.computeNodes), ...ram.inputs],
    report.freeRamNodes,
    'nodes',
    'vmsPerNodeByInstalledRam = ⌊(gbInstalledPerNode − reservedRamGbPerNode − osdReserveGbPerNode) / (ramGb / ramAllocationRatio + ramOverheadGbPerVm)⌋ per flavor.',
  );
  const net = classTerms(demand.classes, '/', 'vmsPerNodeByNetwork', (_c, i) =>
    Math.max(1, limits.classes[i]?.vmsPerNodeByNetwork ?? 1),
  );
  out['headroom.freeNetworkNodes'] = working(
    `(nodes − (${net.formula})), at least 0`,
    [input('nodes', report.computeNodes), ...net.inputs],
    report.freeNetworkNodes,
    'nodes',
  );
}

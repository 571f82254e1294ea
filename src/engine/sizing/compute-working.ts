import type { Design } from '../../design/design-schema';
import { classTerms } from '../report/class-terms';
import type { ComputeBounds } from './compute';
import type { Demand } from './demand';
import type { NodeLimits } from './node-limits';
import type { FigureKey, Working } from '../report/report-types';
import { tidy } from '../report/rounding';
import { bookNote, input, working } from '../report/working';
import { hostCoresWorking, vcpuWorking } from './vcpu-working';

type Out = Partial<Record<FigureKey, Working>>;

const CPU_DIVISOR = '(ghzPerCore × hyperThreadingFactor × cpuAllocationRatio)';
const CORES_NEEDED = `vms × ghzPerVm / ${CPU_DIVISOR}`;

export function computeWorking(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  b: ComputeBounds,
  rackLossNodes: number,
  nodes: number,
  out: Out,
): void {
  const { cpu } = design.physical;
  const spare = design.logical.spareComputeNodes;
  const { vms } = demand;
  const averageVm = demand.source === 'average-vm';
  const ghz = averageVm
    ? {
        formula: '',
        inputs: [input('vms', vms), input('ghzPerVm', demand.classes[0]?.ghzPerVm ?? 0)],
      }
    : classTerms(demand.classes, '×', 'ghzPerVm', (c) => c.ghzPerVm);
  const cpuInputs = ghz.inputs;
  cpuInputs.push(
    input('ghzPerCore', cpu.ghzPerCore),
    input('hyperThreadingFactor', cpu.hyperThreadingFactor),
    input('cpuAllocationRatio', cpu.cpuAllocationRatio),
  );
  const coresNeeded = averageVm ? CORES_NEEDED : `(${ghz.formula}) / ${CPU_DIVISOR}`;
  out['compute.coresNeeded'] = working(coresNeeded, cpuInputs, b.coresNeeded, 'cores');
  out['compute.cores'] = working(
    `⌈${coresNeeded}⌉`,
    cpuInputs,
    b.cores,
    'cores',
    bookNote(
      cpuInputs,
      { vms: 200, ghzPerVm: 2, ghzPerCore: 2.6, hyperThreadingFactor: 1, cpuAllocationRatio: 1 },
      'The book floors 153.846 to 153 cores; a part core cannot be bought, so the wizard rounds up.',
    ),
  );
  const socketInputs = [input('cores', b.cores), input('coresPerSocket', cpu.coresPerSocket)];
  out['compute.sockets'] = working(
    '⌈cores / coresPerSocket⌉',
    socketInputs,
    b.sockets,
    'sockets',
    bookNote(
      socketInputs,
      { cores: 154, coresPerSocket: 10 },
      'The book floors 15.3 to 15 sockets; 15 sockets cannot hold 153 cores of 10, so the wizard rounds up.',
    ),
  );
  out['compute.nodesByCpu'] = nodesByCpuWorking(design, limits, b);
  perNodeWorking(design, demand, limits, b, out);
  vcpuWorking(design, demand, limits, b, out);
  hostCoresWorking(design, limits, out);
  const rackLoss = rackLossNodes > 0;
  const nodesInputs = [input('nodesByCpu', b.nodesByCpu)];
  if (b.nodesByVcpu !== null) nodesInputs.push(input('nodesByVcpu', b.nodesByVcpu));
  nodesInputs.push(input('nodesByRam', b.nodesByRam), input('nodesByNetwork', b.nodesByNetwork));
  if (b.nodesByStorage !== null) nodesInputs.push(input('nodesByStorage', b.nodesByStorage));
  nodesInputs.push(input('spareComputeNodes', spare));
  if (rackLoss) nodesInputs.push(input('rackLossComputeNodes', rackLossNodes));
  const bounds = [
    'nodesByCpu',
    ...(b.nodesByVcpu === null ? [] : ['nodesByVcpu']),
    'nodesByRam',
    'nodesByNetwork',
    ...(b.nodesByStorage === null ? [] : ['nodesByStorage']),
  ].join(', ');
  out['compute.nodes'] = working(
    rackLoss
      ? `max(${bounds}) + spareComputeNodes + rackLossComputeNodes`
      : `max(${bounds}) + spareComputeNodes`,
    nodesInputs,
    nodes,
    'nodes',
    rackLoss
      ? 'The rack-loss nodes come on top of the spares: after the fullest rack is lost, the N+k spares are still there.'
      : undefined,
  );
  out['compute.vmsPerNode'] = rackLoss
    ? working(
        '⌈vms / (nodes − spareComputeNodes − rackLossComputeNodes)⌉',
        [
          input('vms', vms),
          input('nodes', nodes),
          input('spareComputeNodes', spare),
          input('rackLossComputeNodes', rackLossNodes),
        ],
        b.vmsPerNode,
        'VMs',
      )
    : working(
        '⌈vms / (nodes − spareComputeNodes)⌉',
        [input('vms', vms), input('nodes', nodes), input('spareComputeNodes', spare)],
        b.vmsPerNode,
        'VMs',
      );
}

/** The book's socket step when no core is kept for the host; per usable core when one is. */
function nodesByCpuWorking(design: Design, limits: NodeLimits, b: ComputeBounds): Working {
  const { cpu } = design.physical;
  if (limits.reserve.hostCoresPerNode === 0) {
    const inputs = [input('sockets', b.sockets), input('socketsPerServer', cpu.socketsPerServer)];
    return working(
      '⌈sockets / socketsPerServer⌉',
      inputs,
      b.nodesByCpu,
      'nodes',
      bookNote(
        inputs,
        { sockets: 16, socketsPerServer: 2 },
        'The book says "seven to eight" servers; 16 sockets need 8 dual-socket servers.',
      ),
    );
  }
  return working(
    '⌈cores / (coresPerSocket × socketsPerServer − hostCoresPerNode)⌉',
    [
      input('cores', b.cores),
      input('coresPerSocket', cpu.coresPerSocket),
      input('socketsPerServer', cpu.socketsPerServer),
      input('hostCoresPerNode', limits.reserve.hostCoresPerNode),
    ],
    b.nodesByCpu,
    'nodes',
    'The cores kept for the host and the Ceph OSDs carry no instance, so each node offers fewer.',
  );
}

/** The RAM and network bounds: one average VM, or each flavor's share of a node. */
function perNodeWorking(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  b: ComputeBounds,
  out: Out,
): void {
  const { memory, network } = design.physical;
  const { vms } = demand;
  const first = limits.classes[0];
  if (demand.source === 'average-vm' && first) {
    out['compute.vmsPerNodeByRam'] = working(
      '⌊(largestGbPerNode − reservedRamGbPerNode − osdReserveGbPerNode) / (ramGbPerVmMax / ramAllocationRatio + ramOverheadGbPerVm)⌋',
      [
        input('largestGbPerNode', limits.largestRamGbPerNode),
        input('reservedRamGbPerNode', limits.reserve.reservedRamGbPerNode),
        input('osdReserveGbPerNode', limits.reserve.osdReserveGbPerNode),
        input('ramGbPerVmMax', demand.classes[0]?.ramGb ?? 0),
        input('ramAllocationRatio', memory.ramAllocationRatio),
        input('ramOverheadGbPerVm', memory.ramOverheadGbPerVm),
      ],
      first.vmsPerNodeByRam,
      'VMs',
    );
    out['compute.nodesByRam'] = working(
      '⌈vms / vmsPerNodeByRam⌉',
      [input('vms', vms), input('vmsPerNodeByRam', first.vmsPerNodeByRam)],
      b.nodesByRam,
      'nodes',
    );
    out['compute.vmsPerNodeByNetwork'] = working(
      '⌊nicGbps × 1000 × dataLinksPerNode / mbpsPerVm⌋',
      [
        input('nicGbps', network.nicGbps),
        input('dataLinksPerNode', network.dataLinksPerNode),
        input('mbpsPerVm', demand.classes[0]?.mbps ?? 0),
      ],
      first.vmsPerNodeByNetwork,
      'VMs',
    );
    out['compute.nodesByNetwork'] = working(
      '⌈vms / vmsPerNodeByNetwork⌉',
      [input('vms', vms), input('vmsPerNodeByNetwork', first.vmsPerNodeByNetwork)],
      b.nodesByNetwork,
      'nodes',
    );
    return;
  }
  const ram = classTerms(
    demand.classes,
    '/',
    'vmsPerNodeByRam',
    (_c, i) => limits.classes[i]?.vmsPerNodeByRam ?? 0,
  );
  const net = classTerms(
    demand.classes,
    '/',
    'vmsPerNodeByNetwork',
    (_c, i) => limits.classes[i]?.vmsPerNodeByNetwork ?? 0,
  );
  const mixNote =
    'For a mix of flavors: instances per node on average, each flavor taking its share of a node.';
  out['compute.vmsPerNodeByRam'] = working(
    `vms / (${ram.formula})`,
    [input('vms', vms), ...ram.inputs],
    tidy(vms / b.ramShares),
    'VMs',
    mixNote,
  );
  out['compute.nodesByRam'] = working(`⌈${ram.formula}⌉`, ram.inputs, b.nodesByRam, 'nodes');
  out['compute.vmsPerNodeByNetwork'] = working(
    `vms / (${net.formula})`,
    [input('vms', vms), ...net.inputs],
    tidy(vms / b.networkShares),
    'VMs',
    mixNote,
  );
  out['compute.nodesByNetwork'] = working(
    `⌈${net.formula}⌉`,
    net.inputs,
    b.nodesByNetwork,
    'nodes',
  );
}

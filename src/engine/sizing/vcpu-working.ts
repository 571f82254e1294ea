import type { Design } from '../../design/design-schema';
import { classTerms } from '../report/class-terms';
import type { FigureKey, Working } from '../report/report-types';
import { input, working } from '../report/working';
import type { ComputeBounds } from './compute';
import type { Demand } from './demand';
import type { NodeLimits } from './node-limits';

type Out = Partial<Record<FigureKey, Working>>;

const NOVA_NOTE =
  'Nova counts threads: its VCPU inventory per node is (threads − reserved_host_cpus) × cpu_allocation_ratio (openstack/nova nova/conf/compute.py), and the scheduler refuses an instance beyond it, whatever the GHz. Nova counts threads, so hyper-threading on is factor 2 for this limit; the book lists factor 2 but sizes its GHz with factor 1.';

/** Nova's vCPU limit, written only when the design gives vCPU counts. */
export function vcpuWorking(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  b: ComputeBounds,
  out: Out,
): void {
  if (b.vcpus === null || b.vcpusPerNode === null || b.nodesByVcpu === null) return;
  const { cpu } = design.physical;
  const only = demand.classes[0];
  const terms =
    demand.source === 'average-vm' && only
      ? {
          formula: 'vms × vcpusPerVm',
          inputs: [input('vms', demand.vms), input('vcpusPerVm', only.vcpus ?? 0)],
        }
      : classTerms(demand.classes, '×', 'vcpus', (c) => c.vcpus ?? 0);
  out['compute.vcpus'] = working(terms.formula, terms.inputs, b.vcpus, 'vCPUs');
  out['compute.vcpusPerNode'] = working(
    '⌊(coresPerNode − hostCoresPerNode) × hyperThreadingFactor × cpuAllocationRatio⌋',
    [
      input('coresPerNode', limits.coresPerNode),
      input('hostCoresPerNode', limits.reserve.hostCoresPerNode),
      input('hyperThreadingFactor', cpu.hyperThreadingFactor),
      input('cpuAllocationRatio', cpu.cpuAllocationRatio),
    ],
    b.vcpusPerNode,
    'vCPUs',
    NOVA_NOTE,
  );
  out['compute.nodesByVcpu'] = working(
    '⌈vcpus / vcpusPerNode⌉',
    [input('vcpus', b.vcpus), input('vcpusPerNode', b.vcpusPerNode)],
    b.nodesByVcpu,
    'nodes',
  );
  out['compute.vcpusPerThread'] = working(
    'vcpus / (nodes needed × threadsPerNode)',
    [
      input('vcpus', b.vcpus),
      input('nodes needed', b.baseNodes),
      input('threadsPerNode', limits.guestThreadsPerNode),
    ],
    b.vcpusPerThread ?? 0,
    'vCPUs per thread',
    'The oversubscription the instances really get on the nodes they need; at most cpuAllocationRatio.',
  );
}

/** Cores per node, and those kept from instances for the host and the Ceph OSDs. */
export function hostCoresWorking(design: Design, limits: NodeLimits, out: Out): void {
  const { cpu, storage } = design.physical;
  const { reserve } = limits;
  out['compute.coresPerNode'] = working(
    'coresPerSocket × socketsPerServer',
    [input('coresPerSocket', cpu.coresPerSocket), input('socketsPerServer', cpu.socketsPerServer)],
    limits.coresPerNode,
    'cores',
  );
  out['compute.hostCoresPerNode'] = working(
    'reservedHostCores + ⌈osdsPerNode × coresPerOsd⌉',
    [
      input('reservedHostCores', reserve.reservedHostCores),
      input('osdsPerNode', reserve.osdsPerNode),
      input('coresPerOsd', storage.hyperconverged ? storage.coresPerOsd : 0),
    ],
    reserve.hostCoresPerNode,
    'cores',
    storage.hyperconverged
      ? 'Hyperconverged: each Ceph OSD keeps its own cores (at least one per OSD in Red Hat’s hyperconverged guide; Ceph’s hardware guide asks more for NVMe).'
      : undefined,
  );
}

import type { Design } from '../design/design-schema';
import type { NodeLimits } from './compute';
import type { ComputeReport, FigureKey, NetworkReport, Working } from './report-types';
import { roundUp, tidy } from './rounding';
import { input, working } from './working';

export function sizeNetwork(
  design: Design,
  limits: NodeLimits,
  compute: ComputeReport,
  out: Partial<Record<FigureKey, Working>>,
): NetworkReport {
  const { network, workload } = design.physical;
  const { logical } = design;
  const mbpsPerVm = tidy(limits.linkMbpsPerNode / compute.vmsPerNode);
  const nicsPerNode = network.dataLinksPerNode * (network.nicBonding ? 2 : 1);
  const publicIps = logical.controllers + compute.nodes + logical.networkNodes + logical.haVips;
  const routers = logical.tenants * logical.routersPerTenant;
  const vmFloatingIps = roundUp(workload.vms * workload.floatingIpShare);
  const floatingIps = routers + vmFloatingIps;

  out['network.mbpsPerVm'] = working(
    'nicGbps × 1000 × dataLinksPerNode / vmsPerNode',
    [
      input('nicGbps', network.nicGbps),
      input('dataLinksPerNode', network.dataLinksPerNode),
      input('vmsPerNode', compute.vmsPerNode),
    ],
    mbpsPerVm,
    'Mbit/s',
  );
  out['network.nicsPerNode'] = working(
    'dataLinksPerNode × (2 if nicBonding else 1)',
    [
      input('dataLinksPerNode', network.dataLinksPerNode),
      input('bonding factor', network.nicBonding ? 2 : 1),
    ],
    nicsPerNode,
    'NICs',
  );
  out['network.publicIps'] = working(
    'controllers + compute nodes + networkNodes + haVips',
    [
      input('controllers', logical.controllers),
      input('compute nodes', compute.nodes),
      input('networkNodes', logical.networkNodes),
      input('haVips', logical.haVips),
    ],
    publicIps,
    'IPs',
    'Storage nodes get no public IP, as in the book.',
  );
  out['network.floatingIps'] = working(
    'tenants × routersPerTenant + ⌈vms × floatingIpShare⌉',
    [
      input('tenants', logical.tenants),
      input('routersPerTenant', logical.routersPerTenant),
      input('vms', workload.vms),
      input('floatingIpShare', workload.floatingIpShare),
    ],
    floatingIps,
    'IPs',
  );
  return { mbpsPerVm, nicsPerNode, publicIps, floatingIps };
}

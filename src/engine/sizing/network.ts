import type { Design } from '../../design/design-schema';
import type { Demand } from './demand';
import type { NodeLimits } from './node-limits';
import type { ComputeReport, FigureKey, NetworkReport, Working } from '../report/report-types';
import { roundUp, tidy } from '../report/rounding';
import { input, working } from '../report/working';
import { nicsPerNodeOf } from '../../design/node-nics';
import { tenantNetworks as tenantNetworksOf } from '../logical/tenant-networks';
import { requiredMbps, requiredMbpsWorking } from './required-bandwidth';

export function sizeNetwork(
  design: Design,
  demand: Demand,
  limits: NodeLimits,
  compute: ComputeReport,
  out?: Partial<Record<FigureKey, Working>>,
): NetworkReport {
  const { network, workload } = design.physical;
  const { logical } = design;
  const mbpsPerVm = tidy(limits.linkMbpsPerNode / compute.vmsPerNode);
  const nicsPerNode = nicsPerNodeOf(network);
  const publicIps = logical.controllers + compute.nodes + logical.networkNodes + logical.haVips;
  const routers = logical.tenants * logical.routersPerTenant;
  const vmFloatingIps = roundUp(demand.vms * workload.floatingIpShare);
  const floatingIps = routers + vmFloatingIps;
  const mbpsRequiredPerVm = tidy(requiredMbps(demand));
  const tenantNetworks = tenantNetworksOf(logical);
  const report = {
    mbpsPerVm,
    mbpsRequiredPerVm,
    nicsPerNode,
    publicIps,
    floatingIps,
    tenantNetworks,
  };
  if (!out) return report;

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
  out['network.mbpsRequiredPerVm'] = requiredMbpsWorking(demand, mbpsRequiredPerVm);
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
      input('vms', demand.vms),
      input('floatingIpShare', workload.floatingIpShare),
    ],
    floatingIps,
    'IPs',
  );
  out['network.tenantNetworks'] = working(
    'tenants × networksPerTenant',
    [input('tenants', logical.tenants), input('networksPerTenant', logical.networksPerTenant)],
    tenantNetworks,
    'networks',
  );
  return report;
}

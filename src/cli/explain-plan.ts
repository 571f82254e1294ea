import type { Report } from '../engine/report/report-types';
import { formatNumber } from '../working/format-number';

/** The instances sized, one line per flavor (or the average VM). */
export function flavorLines(report: Report): string[] {
  return report.flavors.rows.map((f) => {
    const cpu =
      f.vcpus === null
        ? `${formatNumber(f.ghzPerVm)} GHz`
        : `${f.vcpus} vCPU (${formatNumber(f.ghzPerVm)} GHz)`;
    return `${f.name}: ${formatNumber(f.count)} × ${cpu}, ${formatNumber(f.ramGb)} GB RAM, ${formatNumber(f.ephemeralGb)} GB ephemeral, ${formatNumber(f.persistentGb)} GB persistent, ${formatNumber(f.mbps)} Mbit/s`;
  });
}

/**
 * How many more of each still fit, and what runs out first. With flavors Nova's vCPU inventory is
 * a limit of its own beside the GHz, so it is named with the others.
 */
export function headroomLines(report: Report): string[] {
  const { headroom } = report;
  const used = (share: number) => `${formatNumber(Math.round(share * 1000) / 10)} %`;
  const vcpuUsed =
    headroom.utilisation.vcpu === null ? '' : `, vCPUs ${used(headroom.utilisation.vcpu)}`;
  return [
    `On ${headroom.computeNodes} compute nodes: CPU ${used(headroom.utilisation.cpu)}${vcpuUsed}, RAM ${used(headroom.utilisation.ram)}, network ${used(headroom.utilisation.network)} in use`,
    ...headroom.rows.map((r) => {
      const vcpu = r.moreByVcpu === null ? '' : `, vcpu ${formatNumber(r.moreByVcpu)}`;
      return `${r.name}: ${formatNumber(r.more)} more (cpu ${formatNumber(r.moreByCpu)}${vcpu}, ram ${formatNumber(r.moreByRam)}, network ${formatNumber(r.moreByNetwork)}); ${r.limitedBy} runs out first`;
    }),
  ];
}

/** One line per year, with the purchases that fall due. */
export function growthLines(report: Report): string[] {
  const { growth } = report;
  const header = `${formatNumber(growth.growthPerYear * 100)} % a year for ${growth.horizonYears} years, bought for year ${growth.buyForYear}`;
  return [
    header,
    ...growth.years.map((y) => {
      const buy = y.purchaseDue
        ? ` — buy ${y.computeNodesToBuy} compute nodes${y.ramGbToAddPerNode > 0 ? `, +${y.ramGbToAddPerNode} GB RAM per node` : ''}${y.racksToAdd > 0 ? `, ${y.racksToAdd === 1 ? '1 rack' : `${y.racksToAdd} racks`}` : ''}`
        : '';
      return `year ${y.year}: ${formatNumber(y.vms)} VMs need ${y.needed.compute} compute of ${y.needed.total} nodes; owned ${y.nodes.compute} compute of ${y.nodes.total} nodes, ${formatNumber(y.ramGbInstalled)} GB RAM installed, ${y.racks === 1 ? '1 rack' : `${y.racks} racks`}, ${formatNumber(y.powerKw)} kW${buy}`;
    }),
  ];
}

/** Racks of the same content on one line each. */
export function rackLines(report: Report): string[] {
  const { racks } = report;
  const loss = racks.rackLoss;
  return [
    `${racks.count} racks (bound by ${racks.limitedBy}), ${formatNumber(racks.powerKw)} kW, ${formatNumber(racks.heatBtuPerHour)} BTU/h`,
    ...racks.layout.map((g) => {
      const which =
        g.rackCount === 1
          ? `rack ${g.firstRack}`
          : `racks ${g.firstRack}–${g.firstRack + g.rackCount - 1}`;
      const nodes = (['controller', 'network', 'compute', 'storage'] as const)
        .filter((role) => g.nodes[role] > 0)
        .map((role) => `${g.nodes[role]} ${role}`)
        .join(', ');
      return `${which}: ${nodes || 'switches only'}; ${g.unitsUsed} of ${racks.unitsPerRack} U, ${formatNumber(g.watts)} W, ${g.portsPerSwitch} ports per switch`;
    }),
    `Losing the fullest rack leaves ${loss.computeNodesAfterLoss} compute nodes (${loss.computeNodesNeeded} needed) and ${loss.controllersAfterLoss} of ${loss.controllersAfterLoss + racks.controllersPerRackMax} controllers${loss.enabled ? `; ${loss.extraComputeNodes} compute nodes are added for it` : ''}`,
  ];
}

/** The pools, one a line: data, how it is kept, raw, placement groups. */
export function poolLines(report: Report): string[] {
  const { pools } = report.storage;
  if (pools.length === 0) return ['no Ceph or Swift pool: nothing is stored beyond local disks'];
  return pools.map((p) => {
    const kept = p.erasure ? `k ${p.erasure.k} + m ${p.erasure.m}` : `size ${p.size}`;
    const where = p.onCeph ? `${formatNumber(p.pgs)} PGs` : 'Swift, no PGs';
    return `pool ${p.name}: ${formatNumber(p.dataTb)} TB data, ${kept}, ${formatNumber(p.rawTb)} TB raw, ${where}`;
  });
}

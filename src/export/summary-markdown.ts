import { RELEASE_NAMES } from '../design/releases';
import { NETWORK_MODE_BY_ID } from '../design/network-modes';
import { SERVICE_CLASSES } from '../design/services';
import { WARNING_FIXES } from '../engine/checks/warning-fixes';
import { NODE_ROLES, ROLE_LABELS } from '../engine/logical/node-roles';
import { readable } from '../engine/report/readable';
import type { ExportInput, ExportResult } from './export-types';

const BOUND_WORDS = {
  cpu: 'CPU',
  vcpu: 'vCPUs',
  ram: 'RAM',
  network: 'network bandwidth',
  storage: 'storage',
} as const;

/** A table cell: a `|` would end the cell early. */
const cell = (text: string | number) => String(text).replaceAll('|', '\\|');

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The design summary in Markdown: what a reviewer reads in a pull request or a wiki page. */
export function summaryMarkdown({ design, report }: ExportInput): string {
  const { compute, memory, network, storage, nodes, racks, addressing } = report;
  const services = SERVICE_CLASSES.filter((s) => design.conceptual.services.includes(s.id));
  const byRole = NODE_ROLES.filter((role) => nodes[role] > 0).map((role) => [
    ROLE_LABELS[role],
    nodes[role],
  ]);
  const figures: [string, string][] = [
    ['Compute nodes', `${readable(compute.nodes)} (bound by ${BOUND_WORDS[compute.bound]})`],
    ['Nodes in all', readable(nodes.total)],
    [
      'RAM per compute node',
      `${readable(memory.sticksPerNode)} × ${readable(memory.stickGb)} GB sticks (${readable(memory.gbInstalledPerNode)} GB)`,
    ],
    ['Bandwidth per VM', `${readable(Math.round(network.mbpsPerVm))} Mbit/s`],
    ['Public IPs', readable(network.publicIps)],
    ['Floating IPs', readable(network.floatingIps)],
    [
      'IOPS per VM (read / write)',
      `${readable(Math.round(storage.readIopsPerVm))} / ${readable(Math.round(storage.writeIopsPerVm))}`,
    ],
    ['Racks', readable(racks.count)],
    ['Power', `${readable(racks.powerKw)} kW`],
  ];
  const networks = addressing.networks.map((n) => [
    n.label,
    n.cidr,
    readable(n.addressesNeeded),
    `/${n.smallestPrefix}`,
    n.gateway,
    n.fits
      ? n.blocks.map((b) => `${ROLE_LABELS[b.role]} ${b.first}–${b.last}`).join('; ')
      : 'range too small',
  ]);
  const vips = [
    `Internal VIP: ${addressing.internalVip ?? 'none (range too small)'}`,
    `External VIP: ${addressing.externalVip ?? 'none (range too small)'}`,
    addressing.floatingRange
      ? `Floating IPs: ${addressing.floatingRange.first} to ${addressing.floatingRange.last} (${readable(addressing.floatingRange.count)})`
      : 'Floating IPs: none',
  ];
  const warnings =
    report.warnings.length === 0
      ? ['None.']
      : report.warnings.map((w) => `- ${w.message} Fix: ${WARNING_FIXES[w.code]}`);
  return [
    `# ${design.name || 'OpenStack design'}`,
    '',
    `Target release: OpenStack ${RELEASE_NAMES[design.addressing.release]}. Network mode: ${NETWORK_MODE_BY_ID[design.logical.networkMode].label}.`,
    '',
    '## Services',
    '',
    ...services.map((s) => `- ${s.className} (${s.projects})`),
    '',
    '## Nodes',
    '',
    table(['Role', 'Nodes'], byRole),
    '',
    '## Key figures',
    '',
    table(['Figure', 'Value'], figures),
    '',
    '## Addressing plan',
    '',
    table(
      ['Network', 'Range', 'Addresses needed', 'Narrowest range', 'Gateway', 'Nodes'],
      networks,
    ),
    '',
    ...vips.map((line) => `- ${line}`),
    '',
    '## Warnings',
    '',
    ...warnings,
    '',
  ].join('\n');
}

export function markdownExport(input: ExportInput): ExportResult {
  return {
    files: [
      { name: 'design-summary.md', mediaType: 'text/markdown', text: summaryMarkdown(input) },
    ],
    warnings: [],
  };
}

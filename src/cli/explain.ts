import type { FigureKey, Sizing } from '../engine/report/report-types';
import { workingLines } from '../working/format-working';
import { flavorLines, growthLines, headroomLines, poolLines, rackLines } from './explain-plan';

const SECTIONS: readonly [string, string][] = [
  ['compute', 'Compute'],
  ['memory', 'Memory'],
  ['network', 'Network'],
  ['storage', 'Storage'],
  ['ceph', 'Ceph'],
  ['nodes', 'Nodes'],
  ['headroom', 'Headroom'],
  ['growth', 'Growth'],
  ['racks', 'Racks and power'],
];

const SUMMARIES: Partial<Record<string, (report: Sizing['report']) => string[]>> = {
  compute: flavorLines,
  ceph: poolLines,
  headroom: headroomLines,
  growth: growthLines,
  racks: rackLines,
};

/** The whole working as readable text, section by section, then the warnings. */
export function explainSizing(sizing: Sizing): string {
  const keys = Object.keys(sizing.working) as FigureKey[];
  const blocks = SECTIONS.map(([prefix, title]) => {
    const lines = keys
      .filter((key) => key.startsWith(`${prefix}.`))
      .flatMap((key) => {
        const w = sizing.working[key];
        return w ? [...workingLines(key, w), ''] : [];
      });
    const summary = SUMMARIES[prefix]?.(sizing.report) ?? [];
    const lead = summary.length > 0 ? [...summary, ''] : [];
    return [title, '-'.repeat(title.length), ...lead, ...lines].join('\n');
  });
  const { warnings } = sizing.report;
  const warningLines =
    warnings.length === 0
      ? ['none']
      : warnings.map((w) => `[${w.severity}] ${w.code}: ${w.message}`);
  blocks.push(['Warnings', '--------', ...warningLines].join('\n'));
  return `Compute bound: ${sizing.report.compute.bound}\n\n${blocks.join('\n')}\n`;
}

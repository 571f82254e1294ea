import type { FigureKey, Sizing } from '../engine/report-types';
import { workingLines } from '../working/format-working';

const SECTIONS: readonly [string, string][] = [
  ['compute', 'Compute'],
  ['memory', 'Memory'],
  ['network', 'Network'],
  ['storage', 'Storage'],
  ['nodes', 'Nodes'],
];

/** The whole working as readable text, section by section, then the warnings. */
export function explainSizing(sizing: Sizing): string {
  const keys = Object.keys(sizing.working) as FigureKey[];
  const blocks = SECTIONS.map(([prefix, title]) => {
    const lines = keys
      .filter((key) => key.startsWith(`${prefix}.`))
      .flatMap((key) => [...workingLines(key, sizing.working[key]), '']);
    return [title, '-'.repeat(title.length), ...lines].join('\n');
  });
  const { warnings } = sizing.report;
  const warningLines =
    warnings.length === 0
      ? ['none']
      : warnings.map((w) => `[${w.severity}] ${w.code}: ${w.message}`);
  blocks.push(['Warnings', '--------', ...warningLines].join('\n'));
  return `Compute bound: ${sizing.report.compute.bound}\n\n${blocks.join('\n')}\n`;
}

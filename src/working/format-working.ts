import type { FigureKey, Working } from '../engine/report/report-types';
import { formatFigure } from './format-figure';
import { formatNumber } from './format-number';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The formula with each named input replaced by its number: `⌈200 × 2 / (2.6 × 1 × 1)⌉`. */
export function substituteInputs(w: Working): string {
  const names = [...w.inputs].sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0) return w.formula;
  const pattern = new RegExp(
    names.map((i) => `(?<![A-Za-z])${escapeRegExp(i.name)}(?![A-Za-z])`).join('|'),
    'g',
  );
  const values = new Map(w.inputs.map((i) => [i.name, formatNumber(i.value)]));
  return w.formula.replace(pattern, (name) => values.get(name) ?? name);
}

/** Units of things counted one by one, which read in the singular for exactly one. */
const SINGULAR: Readonly<Record<string, string>> = {
  racks: 'rack',
  nodes: 'node',
  cores: 'core',
  sockets: 'socket',
  sticks: 'stick',
  VMs: 'VM',
  vCPUs: 'vCPU',
  ports: 'port',
  IPs: 'IP',
  NICs: 'NIC',
  drives: 'drive',
  networks: 'network',
  controllers: 'controller',
};

export function formatResult(w: Working): string {
  // A share reads as the fraction the formula gives and as the percentage people quote.
  if (w.unit === 'share') {
    const percent = (w.result * 100).toLocaleString('en-US', { maximumFractionDigits: 1 });
    return `${formatNumber(w.result)} (${percent} %)`;
  }
  const unit = w.result === 1 ? (SINGULAR[w.unit] ?? w.unit) : w.unit;
  return `${formatNumber(w.result)} ${unit}`;
}

/** The working as lines of text, the way the book sets out its arithmetic. */
export function workingLines(key: FigureKey, w: Working): string[] {
  const pad = ' '.repeat(key.length + 1);
  const lines = [
    `${key} = ${w.formula}`,
    `${pad}= ${substituteInputs(w)}`,
    `${pad}= ${formatResult(w)}`,
  ];
  if (w.bookNote) lines.push(`${pad}  (${w.bookNote})`);
  return lines;
}

/** The result as a reader quotes it (whole IOPS, GB to a tenth); the working keeps the exact one. */
export function formatReadableResult(w: Working): string {
  const shown = formatFigure(w.result, w.unit);
  if (w.unit === 'share') return shown;
  const unit = shown === '1' ? (SINGULAR[w.unit] ?? w.unit) : w.unit;
  return `${shown} ${unit}`;
}

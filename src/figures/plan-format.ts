import { formatNumber } from '../working/format-number';

/** A share of 0..1 as a percentage to one decimal: 0.961538 → "96.2 %", as the CLI prints it. */
export function percentText(share: number): string {
  return `${formatNumber(Math.round(share * 1000) / 10)} %`;
}

/** The same share as a CSS width for a bar, kept within 0–100 %. */
export function percentWidth(share: number): string {
  return `${Math.min(100, Math.max(0, share * 100))}%`;
}

/** A fraction of nodes to one decimal: "10.7", not "10.672"; the working keeps the exact figure. */
export function nodesText(nodes: number): string {
  return formatNumber(Math.round(nodes * 10) / 10);
}

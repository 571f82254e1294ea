import { formatFigure } from './format-figure';

const CENTS = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** An amount as people read it: whole units of the currency, grouped; cents for small unit costs. */
export function money(amount: number, currency: string, cents = false): string {
  return `${cents ? CENTS.format(amount) : formatFigure(amount)} ${currency}`;
}

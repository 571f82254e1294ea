/**
 * A number as `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes it — grouped by
 * thousands, rounded half away from zero on the number's shortest decimal form, trailing zeros
 * dropped, "-0" for a negative that rounds to nothing — without creating an Intl formatter: the
 * first one loads the locale data, about 40 ms on the main thread while the first screen draws.
 * The property test holds it to Intl's output for every double.
 */
export function groupedDecimal(value: number, maximumFractionDigits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const { digits, point } = rounded(shortestDecimal(Math.abs(value)), maximumFractionDigits);
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0)))
    .slice(0, maximumFractionDigits)
    .replace(/0+$/, '');
  return `${sign}${group(whole.replace(/^0+(?=\d)/, ''))}${fraction ? `.${fraction}` : ''}`;
}

/** Significant digits and where the point goes: 0.0125 is "125" with the point at -1. */
type Decimal = { digits: string; point: number };

function shortestDecimal(value: number): Decimal {
  // String() gives the shortest digits that read back as the same double, as ICU rounds from.
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  const whole = match?.[1] ?? '0';
  const fraction = match?.[2] ?? '';
  const exponent = Number(match?.[3] ?? 0);
  const all = whole + fraction;
  const leading = /^0*/.exec(all)?.[0].length ?? 0;
  return { digits: all.slice(leading), point: whole.length + exponent - leading };
}

/** Rounds half away from zero to `places` digits after the point. */
function rounded({ digits, point }: Decimal, places: number): Decimal {
  const keep = point + places;
  if (keep >= digits.length) return { digits, point };
  if (keep < 0 || (digits[keep] ?? '0') < '5')
    return { digits: keep <= 0 ? '' : digits.slice(0, keep), point };
  const kept = digits.slice(0, keep);
  const up = increment(kept);
  // 999 + 1 is 1000: one digit more before the point.
  return up.length > kept.length ? { digits: up, point: point + 1 } : { digits: up, point };
}

function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i -= 1;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
}

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

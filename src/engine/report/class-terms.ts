import type { VmClass } from '../sizing/demand';
import type { WorkingInput } from './report-types';
import { input } from './working';

/**
 * A sum over the flavors written out term by term, so the working names every number it adds:
 * `count(m1.small) × ghzPerVm(m1.small) + count(m1.large) × ghzPerVm(m1.large)`.
 */
export function classTerms(
  classes: readonly VmClass[],
  operator: '×' | '/',
  name: string,
  value: (c: VmClass, i: number) => number,
): { formula: string; inputs: WorkingInput[] } {
  const terms: string[] = [];
  const inputs: WorkingInput[] = [];
  classes.forEach((c, i) => {
    const count = `count(${c.name})`;
    const other = `${name}(${c.name})`;
    terms.push(`${count} ${operator} ${other}`);
    inputs.push(input(count, c.count), input(other, value(c, i)));
  });
  return { formula: terms.join(' + '), inputs };
}

import fc from 'fast-check';
import { DEFAULT_DESIGN } from '../src/design/default-design';
import type { Design } from '../src/design/design-schema';
import {
  decodeDesignFragment,
  designLinkUrl,
  encodeDesignFragment,
} from '../src/design/link-codec';
import { designArbitrary } from '../src/test-support/design-arbitrary';
import { EVERY_FIELD_CHANGED, fieldsLeftAtDefault } from '../src/test-support/every-field-changed';
import { adversarialDesign } from './adversarial-design';

const ORIGIN = 'https://wizard.example.org/';
const RANDOM_DESIGNS = 2_000;

/** Calls `run` for about `ms` milliseconds and returns calls per second. */
function perSecond(run: () => void, ms: number): number {
  for (let i = 0; i < 500; i++) run();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 100; i++) run();
    calls += 100;
    elapsed = performance.now() - start;
  }
  return (calls / elapsed) * 1000;
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');

export function runLinkBench(): string[] {
  const randomDesigns = fc.sample(designArbitrary, { numRuns: RANDOM_DESIGNS, seed: 42 });
  const longest = Math.max(
    ...randomDesigns.map((d) => designLinkUrl(ORIGIN, d, 'physical-storage').length),
  );
  const sizes: [string, Design, number][] = [
    ['default design', DEFAULT_DESIGN, 80],
    ['every field changed', EVERY_FIELD_CHANGED, 2_000],
    ['adversarial: 17-digit numbers, 32 sticks, 120 CJK characters', adversarialDesign(), 2_000],
  ];
  const lines = sizes.map(
    ([label, design, budget]) =>
      `link: ${format(designLinkUrl(ORIGIN, design).length)} characters (budget ${format(budget)}) with ${ORIGIN} — ${label}`,
  );
  lines.push(
    `link: ${format(longest)} characters (budget 2,000), longest of ${format(RANDOM_DESIGNS)} random valid designs with a step`,
  );
  const leftAtDefault = fieldsLeftAtDefault(EVERY_FIELD_CHANGED);
  if (leftAtDefault.length > 0)
    lines.push(`link: "every field changed" leaves at default: ${leftAtDefault.join(', ')}`);
  for (const [label, design] of sizes.slice(0, 2)) {
    const fragment = encodeDesignFragment(design);
    const encodes = perSecond(() => encodeDesignFragment(design), 1_000);
    const decodes = perSecond(() => decodeDesignFragment(fragment), 1_000);
    lines.push(`link: ${format(encodes)} encodes/s, ${format(decodes)} decodes/s — ${label}`);
  }
  return lines;
}

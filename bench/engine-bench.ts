import { DEFAULT_DESIGN } from '../src/design/default-design';
import type { Design } from '../src/design/design-schema';
import { sizeDesign } from '../src/engine/size-design';
import { designWith } from '../src/test-support/design-builders';
import { designArbitrary } from '../src/test-support/design-arbitrary';
import fc from 'fast-check';
import { parseDesign } from '../src/design/parse-design';
import { extremeDesign } from '../src/test-support/extreme-design';

/**
 * Sizings per second: the median of five half-second rounds after a warm-up, so one noisy
 * moment on a shared machine does not decide the figure.
 */
function sizingsPerSecond(design: Design): number {
  for (let i = 0; i < 50_000; i++) sizeDesign(design); // let the JIT settle
  const rates: number[] = [];
  for (let round = 0; round < 5; round++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < 500) {
      for (let i = 0; i < 1_000; i++) sizeDesign(design);
      runs += 1_000;
      elapsed = performance.now() - start;
    }
    rates.push((runs / elapsed) * 1000);
  }
  return rates.sort((a, b) => a - b)[2] ?? 0;
}

const big: Design = {
  ...DEFAULT_DESIGN,
  name: '100,000 VMs',
  physical: {
    ...DEFAULT_DESIGN.physical,
    workload: { ...DEFAULT_DESIGN.physical.workload, vms: 100_000 },
  },
};

/** Valid designs that once took seconds: thousands of racks, storage nodes and failure domains. */
const ADVERSARIAL: [string, Design][] = [
  [
    '100,000 storage nodes beside 40 U compute nodes',
    designWith({ logical: { storageNodes: 100_000 }, racks: { unitsPerNode: { compute: 40 } } }),
  ],
  [
    '1,000,000 VMs of 3 TB volumes surviving a rack loss',
    designWith({
      physical: { workload: { vms: 1_000_000, persistentGbPerVm: 3000 } },
      racks: { surviveRackLoss: true },
    }),
  ],
  [
    'a nearfull ratio of 1e-300 (once 1e300 storage nodes, now refused by name)',
    designWith({ physical: { ceph: { nearfullRatio: 1e-300 } } }),
  ],
];

/** The book's design with one to three numbers at the schema's bounds, those it accepts. */
function extremeDesigns(count: number): [string, Design][] {
  const found: [string, Design][] = [];
  fc.sample(extremeDesign, { numRuns: count, seed: 20261204 }).forEach((candidate, i) => {
    const parsed = parseDesign(candidate);
    if (parsed.ok) found.push([`design at the schema's bounds #${i}`, parsed.design]);
  });
  return found;
}

/**
 * The slowest single sizing (best of three tries) among the adversarial designs, 2,000 generated
 * ones and those of 2,000 tries at the schema's bounds.
 */
function slowestSizing(): string {
  const generated = fc.sample(designArbitrary, { numRuns: 2_000, seed: 20261204 });
  const all: [string, Design][] = [
    ...ADVERSARIAL,
    ...generated.map((d, i): [string, Design] => [`generated design #${i}`, d]),
    ...extremeDesigns(2_000),
  ];
  let worst = { label: '', ms: 0 };
  for (const [label, design] of all) {
    let best = Infinity;
    for (let attempt = 0; attempt < 3; attempt++) {
      const start = performance.now();
      sizeDesign(design);
      best = Math.min(best, performance.now() - start);
    }
    if (best > worst.ms) worst = { label, ms: best };
  }
  return `engine: slowest sizing ${worst.ms.toFixed(2)} ms (best of 3) — ${worst.label}, of ${all.length.toLocaleString('en-US')} adversarial, generated and extreme designs`;
}

export function runEngineBench(): string[] {
  const rows: [string, Design][] = [
    ['default design (200 VMs)', DEFAULT_DESIGN],
    ['100,000-VM design', big],
  ];
  const lines = rows.map(([label, design]) => {
    const rate = sizingsPerSecond(design);
    return `engine: ${Math.round(rate).toLocaleString('en-US')} sizings/s, ${(1e6 / rate).toFixed(2)} µs each (median of 5 rounds) — ${label}`;
  });
  return [...lines, slowestSizing()];
}

import { DEFAULT_DESIGN } from '../src/design/default-design';
import type { Design } from '../src/design/design-schema';
import { sizeDesign } from '../src/engine/size-design';

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

export function runEngineBench(): string[] {
  const rows: [string, Design][] = [
    ['default design (200 VMs)', DEFAULT_DESIGN],
    ['100,000-VM design', big],
  ];
  return rows.map(([label, design]) => {
    const rate = sizingsPerSecond(design);
    return `engine: ${Math.round(rate).toLocaleString('en-US')} sizings/s, ${(1e6 / rate).toFixed(2)} µs each (median of 5 rounds) — ${label}`;
  });
}

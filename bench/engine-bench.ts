import { DEFAULT_DESIGN } from '../src/design/default-design';
import type { Design } from '../src/design/design-schema';
import { sizeDesign } from '../src/engine/size-design';

/** Runs `sizeDesign` for about `ms` milliseconds and returns sizings per second. */
function sizingsPerSecond(design: Design, ms: number): number {
  for (let i = 0; i < 20_000; i++) sizeDesign(design); // let the JIT settle
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 1_000; i++) sizeDesign(design);
    runs += 1_000;
    elapsed = performance.now() - start;
  }
  return (runs / elapsed) * 1000;
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
    const rate = sizingsPerSecond(design, 1_500);
    return `engine: ${Math.round(rate).toLocaleString('en-US')} sizings/s, ${(1e6 / rate).toFixed(2)} µs each — ${label}`;
  });
}

import { describe, expect, it } from 'vitest';
import { runSizeCommand } from './size-command';

function sizeJson(document: unknown): Record<string, unknown> {
  const out = runSizeCommand(['design.json'], {
    readFile: () => JSON.stringify(document),
    readStdin: () => '',
  });
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as Record<string, unknown>;
}

describe('the cost and the profiles on the command line', () => {
  it('are left out for a design that sets no price and no other profile', () => {
    const report = sizeJson({ physical: { workload: { vms: 375 } } });
    expect(report).not.toHaveProperty('cost');
    expect(report).not.toHaveProperty('compare');
  });

  it('are printed once any price is the architect’s own', () => {
    const report = sizeJson({ costing: { currency: 'EUR', kwhPrice: 0.3 } });
    expect(report).toHaveProperty('cost.currency', 'EUR');
    // No other profile: nothing to compare.
    expect(report).toHaveProperty('compare', null);
  });
});

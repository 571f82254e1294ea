// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sizingOf } from '../test-support/design-builders';
import { CostSummary } from './cost-summary';

afterEach(cleanup);

describe('the cost as Results and the printout show it', () => {
  it('works out a storage node’s estimated watts with its own numbers, in words', () => {
    render(
      <CostSummary
        sizing={sizingOf({ costing: { storageTdp: { cpuW: 150, driveW: 6, baseW: 130 } } })}
        examplePrices={false}
      />,
    );
    const text = document.body.textContent;
    expect(text).toContain('A storage node’s power, all the time');
    // 150 W CPU + 12 data drives × 6 W + 130 W base = 352 W.
    expect(text).toContain('150 + 12 × 6 + 130');
    expect(text).toContain('352 W');
    expect(text).toContain('all the time');
    expect(text).not.toContain('storageTdp');
  });

  it('shows the stated watts of a storage node without an estimate', () => {
    render(<CostSummary sizing={sizingOf()} examplePrices={false} />);
    expect(document.body.textContent).toContain('400 W');
  });
});

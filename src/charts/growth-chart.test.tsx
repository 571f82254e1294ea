// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import type { ChartProps } from './chart-types';
import { GrowthChart } from './growth-chart';
import { LazyGrowthChart } from './lazy-charts';

afterEach(cleanup);

function props(patch: DesignPatch = {}): ChartProps {
  return { design: designWith(patch), sizing: sizingOf(patch), width: 640 };
}

function frame(): HTMLElement {
  const figure = document.querySelector<HTMLElement>('figure[data-chart="growth"]');
  if (figure === null) throw new Error('no growth figure');
  return figure;
}

function tableOf(): string[][] {
  return within(frame())
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

const TEN_PERCENT: DesignPatch = { plan: { growthPerYear: 0.1, horizonYears: 3, buyForYear: 0 } };

describe('growth chart', () => {
  it('shows one year of the book example, which does not grow, and says why', () => {
    render(<GrowthChart {...props()} />);
    expect(
      within(frame()).getByText(
        'Nodes owned per role and RAM installed: one year, as no growth is planned',
      ),
    ).toBeTruthy();
    // 8 compute nodes × 256 GB = 2,048 GB = 2 TB; 6,000 W in one rack.
    expect(tableOf()).toEqual([
      [
        'Year',
        'VMs',
        'Compute nodes needed',
        'Controller owned',
        'Compute owned',
        'Storage owned',
        'Nodes owned',
        'RAM installed (TB)',
        'Racks owned',
        'kW drawn',
        'Purchase due',
      ],
      ['Year 0 (sized for)', '200', '8', '3', '8', '5', '16', '2', '1', '6', 'first purchase'],
    ]);
  });

  it('shows one year when the plan looks no year ahead', () => {
    render(<GrowthChart {...props({ plan: { growthPerYear: 0.1, horizonYears: 0 } })} />);
    expect(within(frame()).getByText(/one year, as the plan looks no year ahead/)).toBeTruthy();
    expect(tableOf()).toHaveLength(2);
  });

  it('grows 200 VMs by 10 % a year to 267 in year 3, a compute node more each year', () => {
    render(<GrowthChart {...props(TEN_PERCENT)} />);
    // ⌈200 × 1.1⌉ = 220, ⌈200 × 1.21⌉ = 242, ⌈200 × 1.331⌉ = 267; 256 GB per compute node:
    // 9 × 256 = 2,304 GB = 2.25 TB, 11 × 256 = 2.75 TB; kW 6.35 and 7.05. TB and kW read to one
    // decimal, halves away from zero: 2.3, 2.8, 6.4, 7.1.
    expect(tableOf().slice(1)).toEqual([
      ['Year 0 (sized for)', '200', '8', '3', '8', '5', '16', '2', '1', '6', 'first purchase'],
      ['Year 1', '220', '9', '3', '9', '5', '17', '2.3', '1', '6.4', '+1 compute node'],
      ['Year 2', '242', '10', '3', '10', '5', '18', '2.5', '1', '6.7', '+1 compute node'],
      ['Year 3', '267', '11', '3', '11', '5', '19', '2.8', '1', '7.1', '+1 compute node'],
    ]);
    expect(frame().querySelector('[data-emphasis]')?.getAttribute('data-row')).toBe('year-0');
    const summary = within(frame()).getByRole('img').getAttribute('aria-label') ?? '';
    expect(summary).toContain('Year 3 (buy): 267 VMs needing 11 compute nodes; 19 nodes owned');
    expect(summary).toContain('2.8 TB RAM');
  });

  it('bought for year 3, the early years own more than they need', () => {
    // Year 3 needs 11 compute nodes; they are all bought in year 0, when 8 would do.
    // 3 × 300 + 11 × 350 + 5 × 400 + 2 × 150 = 7,050 W owned in every year, 7.1 kW to one
    // decimal; 11 × 256 GB = 2.75 TB, 2.8 TB.
    render(<GrowthChart {...props({ plan: { ...TEN_PERCENT.plan, buyForYear: 3 } })} />);
    expect(tableOf()[1]).toEqual([
      'Year 0',
      '200',
      '8',
      '3',
      '11',
      '5',
      '19',
      '2.8',
      '1',
      '7.1',
      'first purchase',
    ]);
  });

  it('marks each year a purchase falls due under its label', () => {
    render(<GrowthChart {...props(TEN_PERCENT)} />);
    expect(within(frame()).getAllByText('▲ buy')).toHaveLength(4);
  });

  it('shows its numbers before the lazy drawing arrives, in the same frame', async () => {
    render(<LazyGrowthChart {...props(TEN_PERCENT)} />);
    expect(tableOf()).toHaveLength(5);
    await screen.findAllByText('▲ buy');
    expect(document.querySelectorAll('figure[data-chart="growth"]')).toHaveLength(1);
  });
});

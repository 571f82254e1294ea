// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTER_FLAVORS } from '../design/starter-flavors';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import { FlavorDemandTable } from './flavor-demand-table';
import { HeadroomTable } from './headroom-table';

afterEach(cleanup);

function props(patch: DesignPatch = {}) {
  return { design: designWith(patch), sizing: sizingOf(patch) };
}

/** Each body row of the `index`th table inside `[data-table=id]`, the way a reader sees it. */
function rowsOf(id: string, index = 0, part = 'tbody'): string[][] {
  const table = document.querySelectorAll(`[data-table="${id}"] table`)[index];
  if (!table) throw new Error(`no table ${index} in ${id}`);
  return [...table.querySelectorAll(`${part} tr`)].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
}

const FLAVORS: DesignPatch = { physical: { workload: { flavors: [...STARTER_FLAVORS] } } };

describe('flavor demand table', () => {
  it("lists the book's average VM: GHz but no vCPUs, RAM at its most", () => {
    render(<FlavorDemandTable {...props()} />);
    // A node holds ⌊384 GB / 8 GB⌋ = 48 by RAM and ⌊10,000 / 200⌋ = 50 by bandwidth.
    expect(rowsOf('flavors')).toEqual([
      ['average VM', '200', '—', '2', '8', '200', '100', '250', '48', '50'],
    ]);
    expect(document.querySelector('caption')?.textContent).toBe(
      "Instances the cloud is sized for: the book's average VM",
    );
  });

  it('lists each flavor, marks the largest and totals the count', () => {
    render(<FlavorDemandTable {...props(FLAVORS)} />);
    const rows = rowsOf('flavors');
    expect(rows.map((r) => r[0])).toEqual([
      'm1.tiny',
      'm1.small',
      'm1.medium',
      'm1.large',
      'm1.xlarge (largest)',
    ]);
    expect(rows[4]).toEqual([
      'm1.xlarge (largest)',
      '10',
      '8',
      '16',
      '16',
      '200',
      '160',
      '250',
      '24',
      '50',
    ]);
    expect(rowsOf('flavors', 0, 'tfoot')).toEqual([['All flavors', '200']]);
  });

  it('names the year the counts are for when the design is bought ahead', () => {
    render(
      <FlavorDemandTable
        {...props({ plan: { growthPerYear: 0.1, horizonYears: 3, buyForYear: 3 } })}
      />,
    );
    expect(rowsOf('flavors')[0]?.[1]).toBe('267');
    expect(document.querySelector('caption')?.textContent).toMatch(/sized for in year 3:/);
  });
});

describe('headroom table', () => {
  it('shows what still fits on the book example and that CPU runs out first', () => {
    render(<HeadroomTable {...props()} />);
    // CPU: 8 × 20 cores × 2.6 GHz = 416 GHz, 400 used → ⌊16 / 2⌋ = 8 more.
    // RAM: 256 GB / 8 GB = 32 a node; 200 / 32 = 6.25 nodes used → 1.75 × 32 = 56 more.
    // Network: 50 a node; 200 / 50 = 4 nodes used → 4 × 50 = 200 more.
    expect(rowsOf('headroom')).toEqual([['average VM', '8', '8', '56', '200', 'CPU (GHz)']]);
    expect(document.querySelector('[data-limiting]')?.textContent).toBe('8');
    expect(rowsOf('headroom', 1)).toEqual([
      ['CPU (GHz)', '96.2 %', '', '16 GHz of 416'],
      ['RAM', '78.1 %', '', "1.8 nodes' worth of RAM"],
      ['Network', '50 %', '', "4 nodes' worth of bandwidth"],
    ]);
  });

  it("adds Nova's vCPU limit when the instances have vCPU counts", () => {
    // The m1 mix at ratio 4: 6 nodes × 80 vCPUs = 480, 420 asked → 60 free, 87.5 % in use;
    // 60 more m1.small (1 vCPU) but only ⌊60 / 8⌋ = 7 more m1.xlarge by vCPUs.
    render(
      <HeadroomTable
        {...props({
          physical: { workload: { flavors: [...STARTER_FLAVORS] }, cpu: { cpuAllocationRatio: 4 } },
        })}
      />,
    );
    expect(rowsOf('headroom', 0, 'thead')[0]).toContain('By vCPUs');
    const xlarge = rowsOf('headroom').find((r) => r[0] === 'm1.xlarge');
    expect(xlarge?.[3]).toBe('7');
    expect(rowsOf('headroom', 1)[1]).toEqual(['vCPUs (Nova)', '87.5 %', '', '60 vCPUs of 480']);
  });

  it('counts only the nodes the instances need, saying the spares stay free', () => {
    render(<HeadroomTable {...props({ logical: { spareComputeNodes: 2 } })} />);
    expect(document.querySelector('caption')?.textContent).toBe(
      'Headroom: more instances that fit on the 8 compute nodes the instances need; ' +
        'the rest of the 10 are spares, kept free for failures',
    );
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../design/services';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import { BandwidthChart } from './bandwidth-chart';
import type { ChartId, ChartProps } from './chart-types';
import { CoresChart } from './cores-chart';
import { IopsChart } from './iops-chart';
import { LazyIopsChart, LazyStorageChart } from './lazy-charts';
import { NodeCountsChart } from './node-counts-chart';
import { RamChart } from './ram-chart';
import { SlotMapChart } from './slot-map-chart';
import { StorageChart } from './storage-chart';

afterEach(cleanup);

function props(patch: DesignPatch = {}): ChartProps {
  return { design: designWith(patch), sizing: sizingOf(patch), width: 640 };
}

function frame(id: ChartId): HTMLElement {
  const figure = document.querySelector<HTMLElement>(`figure[data-chart="${id}"]`);
  if (figure === null) throw new Error(`no figure for ${id}`);
  return figure;
}

/** The frame's table as [row label, ...values], the way a reader sees it. */
function tableOf(id: ChartId): string[][] {
  const rows = within(frame(id)).getAllByRole('row').slice(1);
  return rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('chart frames on the book example', () => {
  it('shows the node counts per role', () => {
    render(<NodeCountsChart {...props()} />);
    expect(tableOf('node-counts')).toEqual([
      ['Controller', '3'],
      ['Compute', '8'],
      ['Storage', '5'],
      ['Total', '16'],
    ]);
    expect(within(frame('node-counts')).getByText('Nodes per role: 16 in all')).toBeTruthy();
  });

  it('shows cores needed against installed and marks CPU as binding', () => {
    render(<CoresChart {...props()} />);
    expect(tableOf('cores')).toEqual([
      ['Cores needed', '153.846'],
      ['Cores, rounded up', '154'],
      ['Cores installed (8 nodes × 20)', '160'],
      ['Compute nodes by CPU (binding)', '8'],
      ['Compute nodes by RAM', '5'],
      ['Compute nodes by Network', '4'],
    ]);
    const img = within(frame('cores')).getByRole('img');
    expect(img.getAttribute('aria-label')).toContain('153.846 cores needed, 160 installed');
  });

  it('shows RAM and the slot map of one compute node', () => {
    render(
      <>
        <RamChart {...props()} />
        <SlotMapChart {...props()} />
      </>,
    );
    expect(tableOf('ram')).toEqual([
      ['Needed', '200'],
      ['Installed', '256'],
      ['Maximum', '384'],
      ['Sticks', '16 × 16'],
    ]);
    expect(tableOf('slot-map')).toEqual([
      ['DIMM slots', '24'],
      ['Filled', '16'],
      ['Empty', '8'],
      ['Stick size', '16 GB'],
      ['Installed', '256 GB'],
    ]);
    expect(within(frame('slot-map')).getAllByText('16 GB').length).toBeGreaterThanOrEqual(16);
    expect(within(frame('slot-map')).getAllByText('empty')).toHaveLength(8);
  });

  it('shows IOPS and bandwidth per VM', () => {
    render(
      <>
        <IopsChart {...props()} />
        <BandwidthChart {...props()} />
      </>,
    );
    expect(tableOf('iops')).toEqual([
      ['Read', '6,400'],
      ['Write', '3,200'],
    ]);
    expect(tableOf('bandwidth')).toEqual([
      ['Available', '400'],
      ['Required', '200'],
    ]);
  });

  it('shows usable and raw storage per kind in TB', () => {
    render(<StorageChart {...props()} />);
    expect(tableOf('storage')).toEqual([
      ['Ephemeral', '20', '61.44'],
      ['Block', '50', '150'],
      ['Object', '10', '30'],
    ]);
  });
});

describe('charts as the design changes', () => {
  it('has no object row when object storage is left out', () => {
    const services = SERVICE_IDS.filter((id) => id !== 'objectStorage');
    render(<StorageChart {...props({ conceptual: { services } })} />);
    expect(tableOf('storage').map(([kind]) => kind)).toEqual(['Ephemeral', 'Block']);
    expect(within(frame('storage')).queryByText(/Object/)).toBeNull();
  });

  it('shows the flavors’ own disk and bandwidth, not the average VM’s', () => {
    const flavor = { vcpus: 2, ghzPerVcpu: 1, ramGb: 4, ephemeralGb: 300, persistentGb: 0 };
    const flavors = [
      { ...flavor, name: 'small', mbps: 100, count: 30 },
      { ...flavor, name: 'large', mbps: 1500, count: 10 },
    ];
    render(
      <>
        <StorageChart {...props({ physical: { workload: { flavors } } })} />
        <BandwidthChart {...props({ physical: { workload: { flavors } } })} />
      </>,
    );
    // 40 × 300 GB = 12 TB on 4 nodes × 8 × 960 GB = 30.72 TB (80 vCPUs, 20 a node)
    expect(tableOf('storage')[0]).toEqual(['Ephemeral', '12', '30.72']);
    // 10,000 Mbit/s over 10 VMs a node against the large flavor's 1,500
    expect(tableOf('bandwidth')).toEqual([
      ['Available (short)', '1,000'],
      ['Required', '1,500'],
    ]);
  });

  it('shows the frame and its numbers before the lazy drawing arrives', async () => {
    render(<LazyStorageChart {...props()} />);
    expect(tableOf('storage')).toHaveLength(3);
    // The placeholder and the loaded chart are the same frame: still one figure afterwards.
    await screen.findByText('Usable');
    expect(document.querySelectorAll('figure[data-chart="storage"]')).toHaveLength(1);
  });

  it('fills its container when no width is given, without needing a size to show its numbers', async () => {
    const { design, sizing } = props();
    const { container } = render(<LazyIopsChart design={design} sizing={sizing} />);
    await waitFor(() => expect(container.querySelector('.recharts-wrapper')).not.toBeNull());
    expect(tableOf('iops')).toEqual([
      ['Read', '6,400'],
      ['Write', '3,200'],
    ]);
  });
});

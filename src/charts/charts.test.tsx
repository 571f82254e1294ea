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
    // Local: 8 drives × 20,000 / 25 VMs a node, writes / 2. Ceph: 60 OSDs × 20,000 / 200, / 3.
    expect(tableOf('iops')).toEqual([
      ['Local disk read', '6,400'],
      ['Local disk write', '3,200'],
      ['Ceph volumes read', '6,000'],
      ['Ceph volumes write', '2,000'],
    ]);
    const iops = within(frame('iops'));
    // One scale for both, the legend naming each series.
    expect(iops.getByText('Local disk')).toBeTruthy();
    expect(iops.getByText('Ceph volumes')).toBeTruthy();
    expect(document.querySelectorAll('[data-chart="iops"] .recharts-bar-rectangle')).toHaveLength(
      4,
    );
    expect(iops.getByRole('img').getAttribute('aria-label')).toBe(
      "Local disk IOPS per VM: Read 6,400, Write 3,200; writes pay a RAID penalty of 2, 25 VMs share a node's drives. " +
        'Ceph volumes IOPS per VM: Read 6,000, Write 2,000, 60 OSDs shared by 200 VMs, each write landing on 3 OSDs.',
    );
    expect(tableOf('bandwidth')).toEqual([
      ['Available', '400'],
      ['Required', '200'],
    ]);
  });

  it('shows data, raw needed and raw installed per pool, the cluster and local disks', () => {
    render(<StorageChart {...props()} />);
    // Pools: 50 TB × 3, 1 TB × 3, 10 TB × 3; the cluster 183 TB of 5 × 12 × 7.68 = 460.8 TB,
    // 183 / 460.8 = 39.7 % full; local 200 × 100 GB on 8 × 8 × 960 GB = 61.44 TB, read to one
    // decimal as 61.4 (the exact figure stays in the working).
    expect(tableOf('storage')).toEqual([
      ['Volumes (Cinder)', '50', '150', '—'],
      ['Images (Glance)', '1', '3', '—'],
      ['Objects (Swift)', '10', '30', '—'],
      ['Cluster (all pools), 39.7 % full', '—', '183', '460.8'],
      ['Local disks (compute nodes)', '20', '—', '61.4'],
    ]);
    const storage = within(frame('storage'));
    expect(storage.getByRole('img').getAttribute('aria-label')).toBe(
      'Volumes (Cinder): 50 TB data, 150 TB raw needed; Images (Glance): 1 TB data, 3 TB raw needed; ' +
        'Objects (Swift): 10 TB data, 30 TB raw needed; ' +
        'Cluster (all pools), 39.7 % full: 183 TB raw needed, 460.8 TB raw installed; ' +
        'Local disks (compute nodes): 20 TB data, 61.4 TB raw installed.',
    );
    // The drawing: a bar per figure shown, each labelled with its value, the rows named.
    expect(
      document.querySelectorAll('[data-chart="storage"] .recharts-bar-rectangle'),
    ).toHaveLength(10);
    for (const text of ['Volumes', '(Cinder)', '(all pools)', '39.7 % full', '460.8', '61.4'])
      expect(storage.getAllByText(text).length, text).toBeGreaterThanOrEqual(1);
    for (const series of ['Usable data', 'Raw needed', 'Raw installed'])
      expect(storage.getByText(series)).toBeTruthy();
  });
});

describe('charts as the design changes', () => {
  it('has no object row when object storage is left out', () => {
    const services = SERVICE_IDS.filter((id) => id !== 'objectStorage');
    render(<StorageChart {...props({ conceptual: { services } })} />);
    expect(tableOf('storage').map(([row]) => row)).toEqual([
      'Volumes (Cinder)',
      'Images (Glance)',
      // 153 / 460.8 = 33.2 %
      'Cluster (all pools), 33.2 % full',
      'Local disks (compute nodes)',
    ]);
    expect(within(frame('storage')).queryByText(/Object|Swift/)).toBeNull();
  });

  it('shows local disk IOPS alone when volumes are not on Ceph', () => {
    const services = SERVICE_IDS.filter((id) => id !== 'blockStorage');
    render(<IopsChart {...props({ conceptual: { services } })} />);
    expect(tableOf('iops')).toEqual([
      ['Local disk read', '6,400'],
      ['Local disk write', '3,200'],
    ]);
    expect(within(frame('iops')).queryByText(/Ceph/)).toBeNull();
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
    // 40 × 300 GB = 12 TB on 4 nodes × 8 × 960 GB = 30.72 TB, read as 30.7 (80 vCPUs, 20 a node)
    expect(tableOf('storage').at(-1)).toEqual(['Local disks (compute nodes)', '12', '—', '30.7']);
    // 10,000 Mbit/s over 10 VMs a node against the large flavor's 1,500
    expect(tableOf('bandwidth')).toEqual([
      ['Available (short)', '1,000'],
      ['Required', '1,500'],
    ]);
  });

  it('shows the frame and its numbers before the lazy drawing arrives', async () => {
    render(<LazyStorageChart {...props()} />);
    expect(tableOf('storage')).toHaveLength(5);
    // The placeholder and the loaded chart are the same frame: still one figure afterwards.
    await screen.findByText('Usable data');
    expect(document.querySelectorAll('figure[data-chart="storage"]')).toHaveLength(1);
  });

  it('fills its container when no width is given, without needing a size to show its numbers', async () => {
    const { design, sizing } = props();
    const { container } = render(<LazyIopsChart design={design} sizing={sizing} />);
    await waitFor(() => expect(container.querySelector('.recharts-wrapper')).not.toBeNull());
    expect(tableOf('iops').map(([row]) => row)).toEqual([
      'Local disk read',
      'Local disk write',
      'Ceph volumes read',
      'Ceph volumes write',
    ]);
  });
});

// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDesign } from '../store/load-design';
import { designWith, type DesignPatch } from '../test-support/design-builders';
import { PrintSummary } from './print-summary';

afterEach(cleanup);

const LINK = 'https://wizard.example/plan/#d=z1.q1YqSy0qzszPU7IyrAUA&s=results';

function renderSummary(patch: DesignPatch = {}) {
  const errors = loadDesign(designWith(patch), { keepAsDraft: false });
  expect(errors).toEqual([]);
  return render(<PrintSummary onReady={() => undefined} linkUrl={LINK} />);
}

// Role queries walk the whole summary, every report table included: room on a busy machine.
describe('PrintSummary', { timeout: 20_000 }, () => {
  it('has the title, the design name, the date, the summary first and the appendix last', () => {
    renderSummary({ name: 'Lab cloud' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('OpenStack design summary');
    expect(screen.getByText('Lab cloud')).toBeTruthy();
    expect(document.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\d$/);
    const parts = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(parts.map((p) => p?.replace(/\(\d+\)/, '(n)'))).toEqual([
      'Executive summary',
      'Conceptual design',
      'Logical design',
      'Physical design',
      'Warnings (n)',
      'Open this design',
      'Appendix: formulas and working',
    ]);
  });

  it('lists the figures, the bill of materials and the link with its QR code', () => {
    renderSummary({ physical: { workload: { vms: 375 } } });
    const row = screen.getByRole('row', { name: /Compute nodes \(with spares\)/ });
    expect(within(row).getByText('15 nodes')).toBeTruthy();
    const compute = screen.getByRole('table', { name: /Compute: 15 nodes/ });
    expect(within(compute).getByText('240 sticks')).toBeTruthy(); // 16 × 15 nodes
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe(LINK);
    expect(link.textContent).toBe(LINK);
    const qr = screen.getByRole('img', { name: 'QR code of the design link' });
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('opens with the headline figures and what to buy, switches, racks and PDUs included', () => {
    renderSummary();
    const summary = screen.getByRole('region', { name: 'Executive summary' });
    const text = summary.textContent ?? '';
    for (const figure of [
      '8 compute nodes',
      '3 controllers',
      '5 storage nodes',
      '16 nodes in all',
      '16 × 16 GB = 256 GB',
      '1 rack',
      '6 kW',
      '20,473 BTU/h',
    ])
      expect(text, figure).toContain(figure);
    const bom = within(summary).getByRole('table', { name: 'What to buy' });
    expect(within(bom).getByRole('row', { name: /^PDUs 2 / })).toBeTruthy();
    expect(within(bom).getByRole('row', { name: /^Switches 2 20 ports/ })).toBeTruthy();
    expect(within(bom).getByRole('row', { name: /^Racks 1 / })).toBeTruthy();
  });

  it('never repeats the key figures’ data-figure attributes', () => {
    renderSummary();
    expect(document.querySelector('[data-figure]')).toBeNull();
  });

  it('prints the storage pools and the storage node bounds', () => {
    renderSummary();
    const pools = screen.getByRole('table', { name: /Storage pools/ });
    const volumes = within(pools).getByRole('row', { name: /Volumes \(Cinder\)/ });
    expect(within(volumes).getByText('2,048')).toBeTruthy();
    const ceph = screen.getByRole('table', { name: 'Storage nodes and Ceph' });
    // max(5 asked, 3 by capacity, 4 by recovery, 3 by failure domains) = 5
    const nodes = within(ceph).getByRole('row', { name: /^Storage nodes 5 nodes/ });
    expect(nodes).toBeTruthy();
    expect(within(ceph).getByRole('row', { name: /Storage nodes by recovery/ })).toBeTruthy();
  });

  it('prints no pools and no cluster figures without a storage service', () => {
    const { container } = renderSummary({
      conceptual: { services: ['compute', 'image', 'network', 'identity'] },
    });
    expect(container.querySelector('[data-table="pools"]')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Storage nodes and Ceph' })).toBeNull();
    expect(container.textContent).not.toMatch(/storage pools/i);
  });

  it('says nothing about object storage when it is left out', () => {
    const { container } = renderSummary({
      conceptual: {
        services: ['compute', 'image', 'network', 'identity', 'blockStorage', 'fileShare'],
      },
    });
    expect(container.textContent).not.toMatch(/swift|object storage|objectRaw/i);
    expect(container.textContent).toMatch(/Cinder/);
  });
});

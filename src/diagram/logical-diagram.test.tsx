// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import { LogicalDiagram } from './logical-diagram';

afterEach(cleanup);

function renderDiagram(patch: DesignPatch = {}) {
  return render(<LogicalDiagram design={designWith(patch)} sizing={sizingOf(patch)} />);
}

function drawing(): HTMLElement {
  return screen.getByRole('img', { name: /logical design/i });
}

describe('LogicalDiagram', () => {
  it('draws each role with its count, in the drawing and in the text list', () => {
    renderDiagram();
    for (const title of ['Controller × 3', 'Compute × 8', 'Storage × 5']) {
      expect(within(drawing()).getByText(title)).toBeTruthy();
      expect(
        within(screen.getByRole('list', { name: /node roles/i })).getByText(title),
      ).toBeTruthy();
    }
  });

  it('has no network-node box when there are no network nodes', () => {
    const { container } = renderDiagram({ logical: { networkNodes: 0 } });
    expect(container.querySelector('g[data-role="network"]')).toBeNull();
    expect(screen.queryByText(/Network node ×/)).toBeNull();
    expect(screen.getByText(/network agents run on the controllers/)).toBeTruthy();
  });

  it('draws the network nodes once there are some', () => {
    const { container } = renderDiagram({ logical: { networkNodes: 2 } });
    expect(container.querySelector('g[data-role="network"]')).not.toBeNull();
    expect(within(drawing()).getByText('Network node × 2')).toBeTruthy();
  });

  it('labels the four networks and the tunnel MTU', () => {
    renderDiagram();
    const networks = within(screen.getByRole('list', { name: /physical networks/i }));
    expect(networks.getAllByRole('listitem').map((li) => li.dataset['network'])).toEqual([
      'management',
      'tenant',
      'storage',
      'external',
    ]);
    expect(within(drawing()).getByText('Tenant data · VXLAN, MTU 1450 (1500 − 50)')).toBeTruthy();
  });

  it('is an image with a title and a description naming the roles', () => {
    renderDiagram();
    const svg = drawing();
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 1000 \d+/);
    expect(svg.querySelector('desc')?.textContent).toContain(
      'Controller × 3, Compute × 8, Storage × 5',
    );
  });

  it('drops the storage box and network without a storage service', () => {
    const services = ['compute', 'image', 'network', 'identity'] as const;
    renderDiagram({ conceptual: { services: [...services] } });
    expect(screen.queryByText(/Storage ×/)).toBeNull();
    expect(document.querySelector('g[data-network="storage"]')).toBeNull();
  });

  it('draws at a fixed width when given one', () => {
    const patch = {};
    render(<LogicalDiagram design={designWith(patch)} sizing={sizingOf(patch)} width={700} />);
    expect(drawing().getAttribute('width')).toBe('700');
  });
});

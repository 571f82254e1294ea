// @vitest-environment jsdom
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import { RackElevationDiagram } from './rack-elevation';

afterEach(cleanup);

function renderRacks(patch: DesignPatch = {}, text = true) {
  render(<RackElevationDiagram design={designWith(patch)} sizing={sizingOf(patch)} text={text} />);
  const figure = document.querySelector<HTMLElement>('figure[data-diagram="racks"]');
  if (figure === null) throw new Error('no rack elevation');
  return figure;
}

const columns = (figure: HTMLElement) =>
  [...figure.querySelectorAll('[data-rack]')].map((g) => g.getAttribute('data-rack'));
const slots = (figure: HTMLElement, role: string) =>
  figure.querySelectorAll(`[data-slot="${role}"]`).length;

describe('rack elevation', () => {
  it('draws the book example in one 42U rack: the switch pair on top, 11U empty', () => {
    const figure = renderRacks();
    expect(columns(figure)).toEqual(['1']);
    expect([
      slots(figure, 'switch'),
      slots(figure, 'controller'),
      slots(figure, 'compute'),
    ]).toEqual([2, 3, 8]);
    expect(slots(figure, 'storage')).toBe(5);
    // 2 × 1U switches + 3 × 1U + 8 × 2U + 5 × 2U = 31U of 42.
    expect(figure.querySelector('[data-empty-units]')?.getAttribute('data-empty-units')).toBe('11');
    expect(within(figure).getByText('Switch 1 · MLAG')).toBeTruthy();
    expect(figure.querySelector('[data-fullest]')).toBeNull();
  });

  it('says what the drawing shows, in its description and in visible text', () => {
    const figure = renderRacks();
    const svg = within(figure).getByRole('img', { name: /Rack elevation/ });
    const expected =
      '1 rack of 42U, set by rack units: 1 by units, 1 by power, 1 by ports. ' +
      '6 kW in all, 20,473 BTU/h of heat to remove; 2 top-of-rack switches in MLAG pairs, ' +
      '20 ports used on each switch of the busiest rack.';
    expect(svg.querySelector('desc')?.textContent).toBe(expected);
    expect(figure.querySelector('[data-rack-summary]')?.textContent).toBe(expected);
    expect(within(figure).getByText(/^Rack 1: 3 controllers, 8 compute nodes/).textContent).toBe(
      'Rack 1: 3 controllers, 8 compute nodes, 5 storage nodes; 31U of 42 used, 6 kW, 20 ports on each switch.',
    );
  });

  it('marks the fullest rack when the design must survive losing one', () => {
    // 3 racks of 4 compute nodes: losing one leaves 8, the 8 the instances need.
    const figure = renderRacks({ racks: { surviveRackLoss: true } });
    expect(columns(figure)).toEqual(['1', '2', '3']);
    expect(figure.querySelector('[data-fullest]')?.getAttribute('data-rack')).toBe('1');
    expect(within(figure).getByText('leaves 8 compute nodes')).toBeTruthy();
    expect(within(figure).getByText('≥ 8 needed')).toBeTruthy();
    expect(figure.querySelector('[data-rack-loss]')?.textContent).toBe(
      'Losing the fullest rack, rack 1 with 4 compute nodes, leaves 8 compute nodes ≥ 8 needed ' +
        'and 2 of 3 controllers: quorum holds. 4 compute nodes added for it.',
    );
  });

  it('draws runs of identical racks once each in a large cloud', () => {
    const figure = renderRacks({ physical: { workload: { vms: 20000, persistentGbPerVm: 0 } } });
    expect(columns(figure)).toEqual(['1', '4', '9', '38']);
    expect(within(figure).getByText('Rack 9 × 29')).toBeTruthy();
    expect(within(figure).getByText('Racks 9–37 alike')).toBeTruthy();
    expect(figure.querySelector('[data-rack-summary]')?.textContent).toMatch(
      /^39 racks of 42U, set by rack units: 39 by units, 36 by power, 18 by ports\./,
    );
  });

  it('leaves out the visible text when asked, keeping the description', () => {
    const figure = renderRacks({}, false);
    expect(figure.querySelector('[data-rack-summary]')).toBeNull();
    expect(figure.querySelector('desc')?.textContent).toMatch(/^1 rack of 42U/);
  });
});

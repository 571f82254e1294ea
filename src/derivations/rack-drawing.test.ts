import { describe, expect, it } from 'vitest';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import { rackDrawing } from './rack-drawing';

function drawingOf(patch: DesignPatch, most?: number) {
  return rackDrawing(designWith(patch).racks, sizingOf(patch).report.racks, most);
}

const spans = (d: ReturnType<typeof rackDrawing>) =>
  d.columns.map((c) => [c.firstRack, c.lastRack, c.fullest]);

describe('rack drawing', () => {
  it('draws the book example as one rack of 31U used, 6 kW', () => {
    const d = drawingOf({});
    expect(spans(d)).toEqual([[1, 1, true]]);
    expect(d.columns[0]?.kw).toBe(6);
    expect(d.columns[0]?.elevation.freeUnits).toBe(11);
    expect(d.racksNotDrawn).toBe(0);
  });

  it('draws a few racks one by one, the first fullest marked', () => {
    // Surviving a rack loss: 3 racks of 4 compute nodes each, racks 1 and 2 alike.
    const d = drawingOf({ racks: { surviveRackLoss: true } });
    expect(spans(d)).toEqual([
      [1, 1, true],
      [2, 2, false],
      [3, 3, false],
    ]);
  });

  it('draws many racks one column per run of identical racks', () => {
    // 20,000 VMs with no volumes (the 5 storage nodes stay): 39 racks in four runs (1–3, 4–8, 9–37, 38–39); racks 9–37 hold 20 compute.
    const d = drawingOf({ physical: { workload: { vms: 20000, persistentGbPerVm: 0 } } });
    expect(spans(d)).toEqual([
      [1, 3, false],
      [4, 8, false],
      [9, 37, true],
      [38, 39, false],
    ]);
    expect(d.fullestRack).toBe(9);
  });

  it('counts the racks past the last column it draws', () => {
    const d = drawingOf({ physical: { workload: { vms: 20000, persistentGbPerVm: 0 } } }, 2);
    expect(spans(d)).toEqual([
      [1, 3, false],
      [4, 8, false],
    ]);
    expect(d.racksNotDrawn).toBe(31);
    // The words still cover every run: 7,300 W a rack in racks 9–37.
    expect(d.runs.map((r) => [r.firstRack, r.lastRack, r.kw])).toEqual([
      [1, 3, 7.25],
      [4, 8, 7.35],
      [9, 37, 7.3],
      [38, 39, 6.95],
    ]);
  });
});

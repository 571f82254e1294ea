// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawingsComplete, whenDrawn } from './drawings-ready';

const DIAGRAM = '<figure data-diagram="logical"><svg></svg></figure>';
const QR = '<svg data-qr=""></svg>';
const SLOT_MAP =
  '<figure data-chart="slot-map"><div class="chart-frame__plot"><svg></svg></div></figure>';
const PLACEHOLDER = '<figure data-chart="ram"><div class="chart-frame__plot"></div></figure>';
const EMPTY_RECHARTS =
  '<figure data-chart="ram"><div class="chart-frame__plot"><div class="recharts-wrapper"><svg class="recharts-surface"></svg></div></div></figure>';
const DRAWN_RECHARTS =
  '<figure data-chart="ram"><div class="chart-frame__plot"><div class="recharts-wrapper"><svg class="recharts-surface"><g class="recharts-bar-rectangle"></g></svg></div></div></figure>';

function root(html: string): HTMLElement {
  const element = document.createElement('article');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('drawings ready', () => {
  it('waits for every chart drawing, the diagram and the QR code', () => {
    expect(drawingsComplete(root(SLOT_MAP + DRAWN_RECHARTS + DIAGRAM + QR))).toBe(true);
    expect(drawingsComplete(root(SLOT_MAP + PLACEHOLDER + DIAGRAM + QR))).toBe(false);
    expect(drawingsComplete(root(SLOT_MAP + EMPTY_RECHARTS + DIAGRAM + QR))).toBe(false);
    expect(drawingsComplete(root(SLOT_MAP + DRAWN_RECHARTS + QR))).toBe(false);
    expect(drawingsComplete(root(SLOT_MAP + DRAWN_RECHARTS + DIAGRAM))).toBe(false);
    expect(drawingsComplete(root(DIAGRAM + QR))).toBe(false);
  });

  it('calls back once the last drawing arrives', async () => {
    const element = root(SLOT_MAP + PLACEHOLDER + DIAGRAM + QR);
    const onDrawn = vi.fn();
    whenDrawn(element, onDrawn);
    element.querySelector('[data-chart="ram"]')?.remove();
    element.insertAdjacentHTML('beforeend', DRAWN_RECHARTS);
    await vi.waitFor(() => expect(onDrawn).toHaveBeenCalledTimes(1));
  });

  it('gives up waiting and prints what there is', () => {
    vi.useFakeTimers();
    const onDrawn = vi.fn();
    whenDrawn(root(PLACEHOLDER), onDrawn);
    vi.advanceTimersByTime(10_000);
    vi.runOnlyPendingTimers();
    vi.runOnlyPendingTimers();
    expect(onDrawn).toHaveBeenCalledTimes(1);
  });
});

// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWizardStore } from '../store/wizard-store';
import { loadSummary } from './load-summary';
import { PrintHost } from './print-host';

const print = vi.fn();

beforeEach(() => {
  print.mockClear();
  window.print = print;
});

afterEach(() => {
  cleanup();
  act(() => useWizardStore.getState().closeSummary());
});

function summary(): Element | null {
  return document.querySelector('.print-summary');
}

// The whole summary draws before it prints: room for the wait below on a busy machine.
describe('PrintHost', { timeout: 20_000 }, () => {
  it('renders nothing until a print is asked for', () => {
    render(<PrintHost />);
    expect(document.querySelector('.print-host')).toBeNull();
  });

  it('mounts the summary, prints once it is drawn, and unmounts after printing', async () => {
    render(<PrintHost />);
    act(() => useWizardStore.getState().requestPrint());
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    expect(summary()?.getAttribute('data-print-ready')).toBe('true');
    expect(useWizardStore.getState().printWhenReady).toBe(false);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(summary()).toBeNull();
  });

  it('Ctrl+P asks for the summary instead of printing the screen', () => {
    render(<PrintHost />);
    const event = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, cancelable: true });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(useWizardStore.getState().printWhenReady).toBe(true);
  });

  it('the browser’s print command mounts the summary at once, without a dialog of its own', async () => {
    await loadSummary();
    render(<PrintHost />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    // Its code already fetched (as while the page is idle), the summary is there synchronously.
    expect(summary()).not.toBeNull();
    expect(useWizardStore.getState().printWhenReady).toBe(false);
    expect(print).not.toHaveBeenCalled();
  });
});

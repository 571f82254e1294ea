// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Engine from '../../engine/size-design';
import { sizeDesign } from '../../engine/size-design';
import { useWizardStore } from '../../store/wizard-store';
import { ServicesStep } from './services-step';

vi.mock('../../engine/size-design', async (importOriginal) => {
  const engine = await importOriginal<typeof Engine>();
  return { ...engine, sizeDesign: vi.fn(engine.sizeDesign) };
});

const initial = useWizardStore.getState();

beforeEach(() => {
  useWizardStore.setState(initial, true);
  vi.mocked(sizeDesign).mockClear();
});

afterEach(cleanup);

describe('the first step, whose checks load after it is drawn', () => {
  it('sizes an edit once its checks have loaded, and commits it', async () => {
    render(<ServicesStep />);
    fireEvent.click(screen.getByLabelText('Telemetry'));
    await waitFor(() => expect(useWizardStore.getState().revision).toBe(1));
    expect(useWizardStore.getState().design.conceptual.services).not.toContain('telemetry');
    expect(sizeDesign).toHaveBeenCalledTimes(1);
  });

  it('checks edits typed while the checks were loading once, as the last of them', async () => {
    render(<ServicesStep />);
    const name = screen.getByLabelText(/^Design name/);
    fireEvent.change(name, { target: { value: 'F' } });
    fireEvent.change(name, { target: { value: 'Fi' } });
    fireEvent.change(name, { target: { value: 'First' } });
    await waitFor(() => expect(useWizardStore.getState().design.name).toBe('First'));
    expect(useWizardStore.getState().revision).toBe(1);
    expect(sizeDesign).toHaveBeenCalledTimes(1);
  });

  it('shows a refused value on its field and keeps the last valid design', async () => {
    render(<ServicesStep />);
    const name = screen.getByLabelText(/^Design name/);
    // A name may hold at most 120 characters.
    fireEvent.change(name, { target: { value: 'x'.repeat(121) } });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/must be at most 120 characters/)).toBeTruthy();
    expect(useWizardStore.getState().design.name).toBe(initial.design.name);
    expect(useWizardStore.getState().revision).toBe(0);
  });
});

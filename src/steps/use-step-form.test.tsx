// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import type * as Engine from '../engine/size-design';
import { sizeDesign } from '../engine/size-design';
import { useWizardStore } from '../store/wizard-store';
import { NumberField } from './fields/number-field';
import { workloadSpec } from './physical/physical-specs';
import { StepForm } from './step-form';

vi.mock('../engine/size-design', async (importOriginal) => {
  const engine = await importOriginal<typeof Engine>();
  return { ...engine, sizeDesign: vi.fn(engine.sizeDesign) };
});

const initial = useWizardStore.getState();

beforeEach(() => {
  useWizardStore.setState(initial, true);
  vi.mocked(sizeDesign).mockClear();
});

afterEach(cleanup);

function renderWorkloadForm() {
  render(
    <StepForm spec={workloadSpec} legend="Workload">
      <NumberField name="vms" path="physical.workload.vms" step={1} min={1} />
      <NumberField name="mbpsPerVm" path="physical.workload.mbpsPerVm" />
    </StepForm>,
  );
}

/** One edit, as a keystroke gives it, and everything the form does about it. */
async function edit(label: RegExp, value: string): Promise<void> {
  const input = screen.getByLabelText(label);
  await act(async () => {
    fireEvent.change(input, { target: { value } });
    // The resolver runs after the change event, a few promise turns later.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('a step form sizes the design once per edit', () => {
  it('a valid edit is sized once and committed with that sizing', async () => {
    renderWorkloadForm();
    await edit(/^Virtual machines/, '375');
    const { design, sizing, revision } = useWizardStore.getState();
    expect(design.physical.workload.vms).toBe(375);
    expect(sizing.report.compute.nodes).toBe(15);
    expect(revision).toBe(1);
    expect(sizeDesign).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('an edit the engine refuses is sized once, shown on its field, and not committed', async () => {
    renderWorkloadForm();
    await edit(/^Bandwidth per VM/, '20000');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringMatching(/more than a compute node's links give/),
    );
    expect(screen.getByLabelText(/^Bandwidth per VM/).getAttribute('aria-invalid')).toBe('true');
    expect(useWizardStore.getState().design).toBe(DEFAULT_DESIGN);
    expect(sizeDesign).toHaveBeenCalledTimes(1);
  });

  it('each of several edits is sized once', async () => {
    renderWorkloadForm();
    for (const vms of ['3', '37', '375']) await edit(/^Virtual machines/, vms);
    expect(useWizardStore.getState().design.physical.workload.vms).toBe(375);
    expect(sizeDesign).toHaveBeenCalledTimes(3);
  });
});

function renderRamForm() {
  render(
    <StepForm spec={workloadSpec} legend="Workload">
      <NumberField name="vms" path="physical.workload.vms" step={1} min={1} />
      <NumberField name="ramGbPerVm" path="physical.workload.ramGbPerVm" />
      <NumberField name="ramGbPerVmMax" path="physical.workload.ramGbPerVmMax" />
    </StepForm>,
  );
}

function invalid(label: RegExp): string | null {
  return screen.getByLabelText(label).getAttribute('aria-invalid');
}

describe('a step form re-judges the whole form on every edit', () => {
  it('an error across two fields marks both, in words, sized once', async () => {
    renderRamForm();
    await edit(/^Average RAM per VM/, '20');
    expect(invalid(/^Average RAM per VM/)).toBe('true');
    expect(invalid(/^Maximum dynamic RAM per VM/)).toBe('true');
    expect(document.body.textContent).toMatch(
      /Maximum dynamic RAM per VM must be ≥ the average RAM per VM \(20 GB\)/,
    );
    expect(useWizardStore.getState().design).toBe(DEFAULT_DESIGN);
    expect(useWizardStore.getState().invalidInput).toBe(true);
    expect(sizeDesign).toHaveBeenCalledTimes(0);
  });

  it('a third field edited meanwhile stays clear, and fixing either field clears both', async () => {
    renderRamForm();
    await edit(/^Average RAM per VM/, '20');
    await edit(/^Virtual machines/, '300');
    expect(invalid(/^Virtual machines/)).toBe('false');
    expect(invalid(/^Average RAM per VM/)).toBe('true');
    await edit(/^Maximum dynamic RAM per VM/, '32');
    expect(invalid(/^Average RAM per VM/)).toBe('false');
    expect(invalid(/^Maximum dynamic RAM per VM/)).toBe('false');
    expect(useWizardStore.getState().invalidInput).toBe(false);
    expect(useWizardStore.getState().design.physical.workload).toMatchObject({
      vms: 300,
      ramGbPerVm: 20,
      ramGbPerVmMax: 32,
    });
    expect(sizeDesign).toHaveBeenCalledTimes(1);
  });

  it('leaving the step with input that cannot be sized clears the flag', async () => {
    renderRamForm();
    await edit(/^Average RAM per VM/, '20');
    expect(useWizardStore.getState().invalidInput).toBe(true);
    cleanup();
    expect(useWizardStore.getState().invalidInput).toBe(false);
  });
});

describe('a cross-field error marks the edit that brought it in, and no later one', () => {
  it('an error already standing is not pinned on an unrelated field edited next', async () => {
    render(
      <StepForm spec={workloadSpec} legend="Workload">
        <NumberField name="vms" path="physical.workload.vms" step={1} min={1} />
        <NumberField name="ghzPerVmMax" path="physical.workload.ghzPerVmMax" />
      </StepForm>,
    );
    // Below the 2 GHz average: the error is on the field edited, which brought it in itself.
    await edit(/^Largest compute of one VM/, '1');
    expect(await screen.findAllByRole('alert')).toHaveLength(1);
    // Editing the VMs does not bring that error in, so the VMs stay clear.
    await edit(/^Virtual machines/, '300');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByLabelText(/^Virtual machines/).getAttribute('aria-invalid')).toBe('false');
  });
});

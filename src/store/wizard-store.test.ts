import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { designWith } from '../test-support/design-builders';
import { commitDesign, loadDesign } from './load-design';
import { useWizardStore } from './wizard-store';

const initial = useWizardStore.getState();

describe('the wizard store', () => {
  beforeEach(() => useWizardStore.setState(initial, true));

  it('opens on the book example, sized', () => {
    const { design, sizing, step, keepAsDraft } = useWizardStore.getState();
    expect(design).toEqual(DEFAULT_DESIGN);
    expect(sizing.report.compute.nodes).toBe(8);
    expect(step).toBe('services');
    expect(keepAsDraft).toBe(false);
  });

  it('commits a design with its sizing, and makes it the draft to keep', () => {
    const errors = commitDesign(designWith({ physical: { workload: { vms: 375 } } }));
    expect(errors).toEqual([]);
    const state = useWizardStore.getState();
    expect(state.sizing.report.compute.nodes).toBe(15);
    expect(state.revision).toBe(1);
    expect(state.keepAsDraft).toBe(true);
  });

  it('refuses a design the engine cannot size and keeps the last good one', () => {
    const errors = commitDesign(designWith({ physical: { workload: { ramGbPerVmMax: 500 } } }));
    expect(errors).toMatchObject([{ path: 'physical.workload.ramGbPerVmMax' }]);
    expect(useWizardStore.getState().design).toEqual(DEFAULT_DESIGN);
    expect(useWizardStore.getState().revision).toBe(0);
  });

  it('a design from a link is not kept as the draft until it is edited', () => {
    loadDesign(designWith({ logical: { controllers: 5 } }), { keepAsDraft: false });
    expect(useWizardStore.getState()).toMatchObject({ keepAsDraft: false, loadCount: 1 });
    commitDesign(designWith({ logical: { controllers: 5, haVips: 1 } }));
    expect(useWizardStore.getState()).toMatchObject({ keepAsDraft: true, loadCount: 1 });
  });

  it('knows whether the step holds input that cannot be sized, without a new revision', () => {
    expect(useWizardStore.getState().invalidInput).toBe(false);
    useWizardStore.getState().setInvalidInput(true);
    expect(useWizardStore.getState()).toMatchObject({ invalidInput: true, revision: 0 });
    expect(useWizardStore.getState().design).toBe(DEFAULT_DESIGN);
    useWizardStore.getState().setInvalidInput(false);
    expect(useWizardStore.getState().invalidInput).toBe(false);
  });

  it('remembers every step visited', () => {
    useWizardStore.getState().goTo('nodes');
    useWizardStore.getState().goTo('services');
    expect(useWizardStore.getState().visited).toEqual(['services', 'nodes']);
  });

  it('holds a design that cannot be sized beside the figures of the last one that could', () => {
    const store = useWizardStore.getState();
    const tooBig = designWith({ physical: { workload: { ramGbPerVmMax: 600 } } });
    const errors = loadDesign(tooBig, { keepAsDraft: false });
    expect(errors.map((e) => e.path)).toEqual(['physical.workload.ramGbPerVmMax']);
    store.openUnsized(tooBig, errors);
    let state = useWizardStore.getState();
    expect(state.unsized?.design).toBe(tooBig);
    expect(state.invalidInput).toBe(true);
    expect(state.sizing.report.compute.nodes).toBe(8);
    // A fix that sizes replaces it: the maximum back at the book's 8 GB.
    commitDesign(designWith({ physical: { workload: { ramGbPerVmMax: 8 } } }));
    state = useWizardStore.getState();
    expect(state.unsized).toBeNull();
    expect(state.keepAsDraft).toBe(true);
  });

  it("a resumed draft is this design's own; any other loaded design is not, until it is saved", () => {
    loadDesign(designWith({ name: 'Resumed' }), { keepAsDraft: true, resumesDraft: true });
    expect(useWizardStore.getState().draftIsOurs).toBe(true);
    loadDesign(designWith({ name: 'From a file' }), { keepAsDraft: true });
    expect(useWizardStore.getState().draftIsOurs).toBe(false);
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DESIGN } from '../../design/default-design';
import type { Design } from '../../design/design-schema';
import type { ServiceId } from '../../design/services';
import type * as Engine from '../../engine/size-design';
import { sizeDesign } from '../../engine/size-design';
import { useWizardStore } from '../../store/wizard-store';
import { StorageStep } from './storage-step';

vi.mock('../../engine/size-design', async (importOriginal) => {
  const engine = await importOriginal<typeof Engine>();
  return { ...engine, sizeDesign: vi.fn(engine.sizeDesign) };
});
// The charts draw from the committed design, which these tests read from the store instead.
vi.mock('../step-charts', () => ({ StepCharts: () => null }));

const initial = useWizardStore.getState();

beforeEach(() => {
  useWizardStore.setState(initial, true);
  vi.mocked(sizeDesign).mockClear();
});

afterEach(cleanup);

function renderStep(services?: readonly ServiceId[]) {
  if (services) {
    const design: Design = { ...DEFAULT_DESIGN, conceptual: { services: [...services] } };
    const sized = sizeDesign(design);
    if (!sized.ok) throw new Error('test design does not size');
    useWizardStore.getState().commitSizedDesign({ design, sizing: sized.sizing });
    vi.mocked(sizeDesign).mockClear();
  }
  render(<StorageStep />);
}

/** One edit, as a keystroke gives it, and everything the form does about it. */
async function change(label: RegExp, value: string): Promise<void> {
  const input = screen.getByLabelText(label);
  await act(async () => {
    fireEvent.change(input, { target: { value } });
    // The resolver runs after the change event, a few promise turns later.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function click(label: RegExp): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByLabelText(label));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const group = (name: string) => screen.queryByRole('group', { name });
const physical = () => useWizardStore.getState().design.physical;
const BASE_SERVICES: readonly ServiceId[] = ['compute', 'image', 'network', 'identity'];

describe('the storage step’s groups', () => {
  it('shows the compute drives, storage nodes, Ceph and copies under their own headings', () => {
    renderStep();
    for (const name of [
      'Compute nodes’ local disks',
      'Storage nodes',
      'Ceph',
      'Copies and erasure coding',
    ])
      expect(group(name), name).not.toBeNull();
    const nodes = within(group('Storage nodes') as HTMLElement);
    expect(nodes.getByLabelText(/^Drives per storage node/)).toHaveProperty('value', '12');
    expect(nodes.getByLabelText(/^Storage node drive kind/)).toHaveProperty('value', 'ssd');
    const ceph = within(group('Ceph') as HTMLElement);
    expect(ceph.getByLabelText(/^Nearfull ratio \(share of raw, 0 to 1\)/)).toHaveProperty(
      'value',
      '0.85',
    );
    expect(screen.getByLabelText(/^Object storage back end/)).toHaveProperty('value', 'swift');
    expect(screen.getByRole('option', { name: 'Ceph RADOS Gateway' })).toBeDefined();
  });

  it('without storage services: no storage node or Ceph fields until hyperconverged', async () => {
    renderStep(BASE_SERVICES);
    expect(group('Storage nodes')).toBeNull();
    expect(group('Ceph')).toBeNull();
    expect(group('Copies and erasure coding')).toBeNull();
    expect(screen.queryByLabelText(/^Host RAM per OSD/)).toBeNull();

    await click(/^Hyperconverged/);
    expect(physical().storage.hyperconverged).toBe(true);
    expect(screen.getByLabelText(/^Host RAM per OSD/)).toBeDefined();
    expect(group('Ceph')).not.toBeNull();
    expect(group('Storage nodes')).toBeNull();
    // Hyperconverged nodes keep instance disks on Ceph whatever the choice, at the block copies.
    expect(screen.queryByLabelText(/^Instance disks on Ceph/)).toBeNull();
    expect(screen.getByLabelText(/^Block storage copies/)).toBeDefined();
    expect(screen.queryByLabelText(/^Block storage erasure code/)).toBeNull();
  });

  it('object fields only with object storage, block erasure coding only with block storage', () => {
    renderStep([...BASE_SERVICES, 'blockStorage']);
    expect(screen.getByLabelText(/^Block storage erasure code: data chunks \(k\)/)).toBeDefined();
    expect(screen.queryByLabelText(/^Object storage back end/)).toBeNull();
    expect(screen.queryByLabelText(/^Object storage erasure code/)).toBeNull();
    expect(screen.queryByLabelText(/^Object storage copies/)).toBeNull();
  });

  it('storage nodes of Swift alone run no OSD: no OSD fields until Ceph keeps data', async () => {
    renderStep([...BASE_SERVICES, 'objectStorage']);
    expect(screen.getByLabelText(/^Nearfull ratio/)).toBeDefined();
    expect(screen.getByLabelText(/^Glance images/)).toBeDefined();
    expect(screen.queryByLabelText(/^OSD memory target/)).toBeNull();
    expect(screen.queryByLabelText(/^Target placement groups per OSD/)).toBeNull();
    await change(/^Object storage back end/, 'ceph-rgw');
    expect(physical().ceph.objectBackend).toBe('ceph-rgw');
    expect(screen.getByLabelText(/^OSD memory target/)).toBeDefined();
    expect(screen.getByLabelText(/^Target placement groups per OSD/)).toBeDefined();
  });

  it('hidden fields keep their values', async () => {
    renderStep();
    await click(/^Hyperconverged/);
    await change(/^Host cores per OSD/, '3');
    await click(/^Hyperconverged/);
    expect(screen.queryByLabelText(/^Host cores per OSD/)).toBeNull();
    await change(/^Read IOPS per drive/, '15000');
    expect(physical().storage).toMatchObject({
      hyperconverged: false,
      coresPerOsd: 3,
      driveIops: 15000,
    });
  });
});

describe('editing the storage step', () => {
  it('a smaller storage node drive is sized once and needs more storage nodes', async () => {
    renderStep();
    expect(useWizardStore.getState().sizing.report.nodes.storage).toBe(5);
    await change(/^Size of one storage node drive/, '1.92');
    expect(physical().storageNode.driveTb).toBe(1.92);
    expect(useWizardStore.getState().sizing.report.nodes.storage).toBe(10);
    expect(sizeDesign).toHaveBeenCalledTimes(1);
  });

  it('picking HDD from the list commits it', async () => {
    renderStep();
    await change(/^Storage node drive kind/, 'hdd');
    expect(physical().storageNode.driveKind).toBe('hdd');
    expect(sizeDesign).toHaveBeenCalledTimes(1);
  });

  it('more drives than bays: shown on the drives, nothing committed', async () => {
    renderStep();
    await change(/^Drives per storage node/, '14');
    const drives = screen.getByLabelText(/^Drives per storage node/);
    expect(drives.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'must be ≤ the 12 drive bays of a storage node',
    );
    expect(useWizardStore.getState().design).toBe(initial.design);
    // Refused by the checks on the document, before any sizing.
    expect(sizeDesign).not.toHaveBeenCalled();
  });

  it('fewer bays than drives: the error shows on both, and goes with more bays', async () => {
    renderStep();
    await change(/^Drive bays per storage node/, '10');
    const drives = () => screen.getByLabelText(/^Drives per storage node/);
    const bays = () => screen.getByLabelText(/^Drive bays per storage node/);
    expect(drives().getAttribute('aria-invalid')).toBe('true');
    expect(bays().getAttribute('aria-invalid')).toBe('true');
    await change(/^Drive bays per storage node/, '24');
    expect(drives().getAttribute('aria-invalid')).toBe('false');
    expect(bays().getAttribute('aria-invalid')).toBe('false');
    expect(physical().storageNode).toMatchObject({ driveBays: 24, drivesPerNode: 12 });
    expect(sizeDesign).toHaveBeenCalledTimes(1);
  });

  it('data chunks without coding chunks: the error shows on the coding chunks', async () => {
    renderStep();
    await change(/^Block storage erasure code: data chunks/, '4');
    const m = screen.getByLabelText(/^Block storage erasure code: coding chunks/);
    expect(m.getAttribute('aria-invalid')).toBe('true');
    await change(/^Block storage erasure code: coding chunks/, '2');
    expect(physical().ceph).toMatchObject({ blockEcK: 4, blockEcM: 2 });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(sizeDesign).toHaveBeenCalledTimes(1);
  });
});

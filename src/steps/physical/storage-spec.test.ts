import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../../design/default-design';
import { FIELD_TEXT, type FieldPath } from '../fields/field-catalog';
import { validateStep } from '../step-form-spec';
import { storageSpec } from './physical-specs';

const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/g;

const form = storageSpec.read(DEFAULT_DESIGN);
type Form = typeof form;

function edited<S extends keyof Form>(section: S, change: Partial<Form[S]>): Form {
  return { ...form, [section]: { ...form[section], ...change } };
}

function labelOf(field: string): string {
  const path = storageSpec.fields[field];
  if (!path) throw new Error(`no document path for ${field}`);
  return FIELD_TEXT[path as FieldPath].label;
}

describe('the storage step edits three sections of the design at once', () => {
  it('reads the compute drives, the storage nodes and Ceph, and writes them back unchanged', () => {
    expect(form).toEqual({
      storage: DEFAULT_DESIGN.physical.storage,
      storageNode: DEFAULT_DESIGN.physical.storageNode,
      ceph: DEFAULT_DESIGN.physical.ceph,
    });
    expect(storageSpec.write(DEFAULT_DESIGN, form)).toEqual(DEFAULT_DESIGN);
  });

  it('keeps fields of the same name in different sections apart', () => {
    const values = edited('storageNode', { drivesPerNode: 10, driveIops: 150 });
    const result = validateStep(storageSpec, DEFAULT_DESIGN, values);
    const physical = result.candidate?.design.physical;
    expect(physical?.storageNode).toMatchObject({ drivesPerNode: 10, driveIops: 150 });
    expect(physical?.storage).toEqual(DEFAULT_DESIGN.physical.storage);
    expect(storageSpec.read(result.candidate?.design ?? DEFAULT_DESIGN)).toEqual(values);
  });

  it('writes the enumerations as the document spells them', () => {
    const values = { ...edited('storageNode', { driveKind: 'hdd' }) };
    values.ceph = { ...values.ceph, objectBackend: 'ceph-rgw' };
    const physical = validateStep(storageSpec, DEFAULT_DESIGN, values).candidate?.design.physical;
    expect(physical?.storageNode.driveKind).toBe('hdd');
    expect(physical?.ceph.objectBackend).toBe('ceph-rgw');
  });

  it('maps every field to its own document path, each with a label and help', () => {
    for (const [field, path] of Object.entries(storageSpec.fields)) {
      expect(path).toBe(`physical.${field}`);
      const text = FIELD_TEXT[path as FieldPath];
      expect(text, path).toBeDefined();
      expect(text.help.length, path).toBeGreaterThan(20);
    }
    expect(Object.keys(storageSpec.fields)).toHaveLength(
      Object.keys(form.storage).length +
        Object.keys(form.storageNode).length +
        Object.keys(form.ceph).length,
    );
  });

  it('shows no camelCase field name in any label, unit or help', () => {
    for (const path of Object.values(storageSpec.fields)) {
      const { label, help, ...rest } = FIELD_TEXT[path as FieldPath];
      const unit = 'unit' in rest ? rest.unit : '';
      expect(`${label} ${unit} ${help}`.match(CAMEL_CASE), path).toBeNull();
    }
  });
});

describe('checks across the storage fields land on the field they name', () => {
  it('more drives than bays: on the storage node drives, naming the bays by their label', () => {
    const result = validateStep(
      storageSpec,
      DEFAULT_DESIGN,
      edited('storageNode', { drivesPerNode: 14 }),
    );
    expect(result.candidate).toBeNull();
    expect(result.otherErrors).toEqual([]);
    expect(Object.keys(result.fieldErrors)).toEqual(['storageNode.drivesPerNode']);
    const message = result.fieldErrors['storageNode.drivesPerNode'] ?? '';
    // "Drive bays per storage node" is named as "the 12 drive bays of a storage node".
    expect(labelOf('storageNode.driveBays')).toMatch(/^Drive bays per storage node/);
    expect(message).toBe('must be ≤ the 12 drive bays of a storage node');
  });

  it('the compute nodes’ drives are not bound by the storage node’s bays', () => {
    const result = validateStep(
      storageSpec,
      DEFAULT_DESIGN,
      edited('storage', { drivesPerNode: 14 }),
    );
    expect(result.fieldErrors).toEqual({});
    expect(result.candidate?.design.physical.storage.drivesPerNode).toBe(14);
  });

  it('backfillfull not above nearfull: on backfillfull, naming the nearfull ratio', () => {
    const result = validateStep(
      storageSpec,
      DEFAULT_DESIGN,
      edited('ceph', { nearfullRatio: 0.92 }),
    );
    const message = result.fieldErrors['ceph.backfillfullRatio'] ?? '';
    expect(message).toContain(labelOf('ceph.nearfullRatio').toLowerCase());
    expect(message).toMatch(/0\.92/);
  });

  it('erasure coding with data chunks but no coding chunks: on the coding chunks', () => {
    const result = validateStep(storageSpec, DEFAULT_DESIGN, edited('ceph', { blockEcK: 4 }));
    const message = result.fieldErrors['ceph.blockEcM'] ?? '';
    expect(labelOf('ceph.blockEcK')).toContain('data chunks');
    expect(message).toContain('data chunks');
    expect(result.fieldErrors['ceph.objectEcM']).toBeUndefined();
  });

  it('a field rule on a nested field: on that field by its dotted name', () => {
    const result = validateStep(
      storageSpec,
      DEFAULT_DESIGN,
      edited('ceph', { nearfullRatio: 1.5 }),
    );
    expect(result.fieldErrors).toEqual({ 'ceph.nearfullRatio': 'must be a number from 0 to 1' });
  });
});

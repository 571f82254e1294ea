import { describe, expect, it } from 'vitest';
import { decodeDesignFragment } from './link-codec';
import { parseDesign } from './parse-design';
import { MAX_DOCUMENT_DEPTH, MAX_DOCUMENT_VALUES } from './document-shape';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('documents of any shape end as a design or as field errors, never a thrown error', () => {
  it('regression: a 60-character link of deeply nested arrays once overflowed the stack', () => {
    const result = decodeDesignFragment(
      '#d=z1.7cAxDQAgDAAwL5OBFcLBwQkGyLzPxo72x9v3xJgAAEB7CwAAaC8L',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/nested more than 16 levels deep/);
  });

  it('a hundred thousand levels of nesting is refused by the field it hides under', () => {
    const result = parseDesign({ physical: { workload: { flavors: nested(100_000) } } });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        path: 'physical.workload.flavors',
        message: `is nested more than ${MAX_DOCUMENT_DEPTH} levels deep, far deeper than any design`,
      },
    ]);
  });

  it('just under the depth limit is read as a document and refused by the schema instead', () => {
    const result = parseDesign({ name: nested(MAX_DOCUMENT_DEPTH - 1) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['name']);
  });

  it('a document of more values than any design holds is refused whole', () => {
    const flat = Array.from({ length: MAX_DOCUMENT_VALUES + 1 }, () => 0);
    const result = parseDesign({ physical: { memory: { stickSizesGb: flat } } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.message).toMatch(/more than 20,000 values/);
  });

  it('prototype keys are named wherever they hide', () => {
    const result = parseDesign(
      JSON.parse('{"physical":{"workload":{"flavors":[{"__proto__":{"x":1}}]}},"constructor":1}'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      'constructor',
      'physical.workload.flavors[0].__proto__',
    ]);
  });
});

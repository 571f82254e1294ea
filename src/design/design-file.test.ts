import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArbitrary } from '../test-support/design-arbitrary';
import { designWith } from '../test-support/design-builders';
import { DEFAULT_DESIGN } from './default-design';
import { designFileName, designFromJsonText, designToJsonFile } from './design-file';

describe('design file', () => {
  it('writes the whole document, version first, and reads it back', () => {
    const text = designToJsonFile(DEFAULT_DESIGN);
    expect(text.startsWith('{\n  "version": 1,\n  "name": "Book example: 200 VMs",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const expected = { ok: true, design: designWith(design) };
        expect(designFromJsonText(designToJsonFile(design))).toEqual(expected);
      }),
    );
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(designFromJsonText(`\uFEFF${designToJsonFile(DEFAULT_DESIGN)}`)).toEqual({
      ok: true,
      design: DEFAULT_DESIGN,
    });
  });

  it('says clearly when the text is not JSON', () => {
    expect(designFromJsonText('name: my cloud')).toMatchObject({
      ok: false,
      reason: 'not-json',
      errors: [{ path: '', message: expect.stringMatching(/^the file is not valid JSON/) }],
    });
  });

  it('refuses a file far larger than any design', () => {
    expect(designFromJsonText(' '.repeat(1_000_001))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('names each broken field, and refuses a newer version', () => {
    const result = designFromJsonText('{"logical": {"controllers": 0}, "physical": {"gpu": 1}}');
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.errors).toEqual(
      expect.arrayContaining([
        { path: 'logical.controllers', message: 'must be a whole number ≥ 1' },
        { path: 'physical.gpu', message: 'is not a known field' },
      ]),
    );
    expect(designFromJsonText('{"version": 3}')).toMatchObject({ ok: false, reason: 'too-new' });
  });
});

describe('designFileName', () => {
  it.each([
    ['Book example: 200 VMs', 'book-example-200-vms.json'],
    ['  Région Île-de-France / prod  ', 'region-ile-de-france-prod.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['数据中心', 'openstack-design.json'],
    ['', 'openstack-design.json'],
    ['CON', 'con-design.json'],
    ['x'.repeat(200), `${'x'.repeat(80)}.json`],
  ])('%j → %j', (name, fileName) => {
    expect(designFileName(name)).toBe(fileName);
  });
});

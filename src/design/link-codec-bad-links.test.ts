import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArbitrary } from '../test-support/design-arbitrary';
import { EVERY_FIELD_CHANGED } from '../test-support/every-field-changed';
import { bytesToBase64url } from './base64url';
import { DEFAULT_DESIGN } from './default-design';
import { decodeDesignFragment, encodeDesignFragment, MAX_LINK_CHARS } from './link-codec';

/** A link around any JSON text, so a test can ship documents the encoder would never write. */
function linkOf(json: string, header = 'z1'): string {
  return `#d=${header}.${bytesToBase64url(deflateSync(new TextEncoder().encode(json)))}`;
}

function refusal(link: string) {
  const result = decodeDesignFragment(link);
  if (result.ok) throw new Error(`expected ${link.slice(0, 40)} to be refused`);
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) expect(error.message).not.toBe('');
  return result;
}

describe('bad links are refused with a reason and a message', () => {
  it.each<[string, string, string, RegExp]>([
    ['nothing', '', 'empty', /holds no design/],
    ['a bare address', 'https://wizard.example.org/', 'empty', /holds no design/],
    ['a fragment without a design', '#s=summary', 'empty', /holds no design/],
    ['an unknown codec tag', '#d=pako:eNqrVg', 'unknown-codec', /"pako:eNqrVg"/],
    [
      'a header with no version',
      '#d=z.q1YqSy0q',
      'bad-encoding',
      /damaged or cut short: it breaks off/,
    ],
    ['a header with no payload', '#d=z1', 'bad-encoding', /damaged or cut short: it breaks off/],
    [
      'characters outside base64url',
      '#d=z1.q1Yq+Sy0q/zsz==',
      'bad-encoding',
      /damaged or cut short: it breaks off/,
    ],
    [
      'garbage that is base64url',
      '#d=z1.SGVsbG8sIHdvcmxkIQ',
      'bad-compression',
      /cut short: part of it is missing/,
    ],
    [
      'a truncated link',
      encodeDesignFragment(EVERY_FIELD_CHANGED).slice(0, 200),
      'bad-compression',
      /cut short/,
    ],
    [
      'compressed text that is not UTF-8',
      `#d=z1.${bytesToBase64url(deflateSync(new Uint8Array([0xff, 0xfe])))}`,
      'bad-json',
      /damaged: its design does not read as text/,
    ],
    [
      'compressed text that is not JSON',
      linkOf('{version: 1'),
      'bad-json',
      /does not read as a design/,
    ],
    ['JSON that is not an object', linkOf('[1, 2]'), 'invalid', /JSON object/],
  ])('%s', (_name, link, reason, message) => {
    const result = refusal(link);
    expect(result.reason).toBe(reason);
    expect(result.errors[0]?.message).toMatch(message);
  });

  it('refuses a link over the length cap before decoding it', () => {
    const result = refusal(`#d=z1.${'A'.repeat(MAX_LINK_CHARS)}`);
    expect(result).toMatchObject({ reason: 'too-long', errors: [{ message: /16,000/ }] });
  });

  it('refuses a deflate bomb of megabytes of spaces', () => {
    const bomb = linkOf(`{"name":"${' '.repeat(4 * 1024 * 1024)}"}`);
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(refusal(bomb)).toMatchObject({ reason: 'too-large', errors: [{ message: /256 KB/ }] });
  });

  it('names the field of a document that fails validation', () => {
    const result = refusal(linkOf('{"version":1,"physical":{"workload":{"vms":-5}},"colour":1}'));
    expect(result.reason).toBe('invalid');
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { path: 'physical.workload.vms', message: 'must be a whole number ≥ 1' },
        { path: 'colour', message: 'is not a known field' },
      ]),
    );
  });

  it('refuses a link from a newer version, from its header or its document', () => {
    expect(refusal(linkOf('{"version":2}', 'z2'))).toMatchObject({
      reason: 'too-new',
      errors: [{ path: 'version', message: /newer version of the wizard/ }],
    });
    expect(refusal(linkOf('{"version":7}', 'z7')).reason).toBe('too-new');
  });

  it('refuses a document whose version disagrees with the header', () => {
    expect(refusal(linkOf('{"version":0}', 'z1'))).toMatchObject({
      reason: 'invalid',
      errors: [{ path: 'version', message: /0 in the document but 1 in the link/ }],
    });
  });

  it('takes the header version for a document that omits its own', () => {
    const result = decodeDesignFragment(linkOf('{"physical":{"workload":{"vms":7}}}'));
    expect(result.ok && result.design.physical.workload.vms).toBe(7);
  });

  it('never opens a design from a link cut anywhere inside its payload', () => {
    fc.assert(
      fc.property(designArbitrary, fc.nat(), (design, at) => {
        const link = encodeDesignFragment(design);
        const cut = link.slice(0, '#d=z1.'.length + (at % (link.length - '#d=z1.'.length)));
        expect(decodeDesignFragment(cut).ok).toBe(false);
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeDesignFragment(`#d=z1.${text}`);
        expect(result.ok ? DEFAULT_DESIGN.version : result.reason).toBeDefined();
      }),
    );
  });
});

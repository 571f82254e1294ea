import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url } from './base64url';

describe('base64url', () => {
  it('writes what Node writes, and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = bytesToBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(base64urlToBytes(text)).toEqual(bytes);
      }),
    );
  });

  it.each(['abc=', 'ab+c', 'ab/c', 'ab c', 'abcde', 'é'])('refuses %j', (text) => {
    expect(base64urlToBytes(text)).toBeNull();
  });
});

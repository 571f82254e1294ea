import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateBomb } from '../test-support/deflate-bomb';
import { inflateRawCapped, SMALL_INPUT_BYTES, SMALL_OUTPUT_BYTES } from './capped-inflate';

const text = (value: string) => new TextEncoder().encode(value);

describe('inflating a small link into the reused buffer', () => {
  it('gives each link its own bytes, whatever came before', () => {
    const long = text('{"name":"a long design name"}'.repeat(100));
    const short = text('{"version":1}');
    expect(inflateRawCapped(deflateSync(long), 1 << 20)).toEqual({ ok: true, bytes: long });
    expect(inflateRawCapped(deflateSync(short), 1 << 20)).toEqual({ ok: true, bytes: short });
  });

  it('still refuses a bomb short enough to try the small buffer first', () => {
    const bomb = deflateBomb('', ' ', 300_000, '');
    expect(bomb.length).toBeLessThanOrEqual(SMALL_INPUT_BYTES);
    expect(inflateRawCapped(bomb, 256 * 1024)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('holds the cap to the byte under the small buffer', () => {
    const bytes = text('x'.repeat(1_000));
    expect(inflateRawCapped(deflateSync(bytes), 1_000)).toEqual({ ok: true, bytes });
    expect(inflateRawCapped(deflateSync(bytes), 999)).toMatchObject({ reason: 'too-large' });
  });

  it('hands output larger than the small buffer to the capped path whole', () => {
    const stored = new Uint8Array(SMALL_OUTPUT_BYTES + 10).fill(97);
    const once = deflateSync(stored, { level: 0 });
    expect(inflateRawCapped(once, 1 << 20)).toEqual({ ok: true, bytes: stored });
    const packed = text('{"a":1}'.repeat(SMALL_OUTPUT_BYTES / 4));
    expect(inflateRawCapped(deflateSync(packed), 1 << 20)).toEqual({ ok: true, bytes: packed });
  });
});

import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { INPUT_CHUNK_BYTES, MAX_DEFLATE_RATIO, inflateRawCapped } from './capped-inflate';

describe('inflateRawCapped', () => {
  it('inflates what fits under the cap', () => {
    const text = new TextEncoder().encode('{"version":1}'.repeat(500));
    expect(inflateRawCapped(deflateSync(text), text.length)).toEqual({ ok: true, bytes: text });
  });

  it('stops soon after the cap, not at the end of a bomb', () => {
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024));
    const result = inflateRawCapped(bomb, 256 * 1024);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    const oneChunkOfOutput = INPUT_CHUNK_BYTES * MAX_DEFLATE_RATIO;
    expect(!result.ok && result.reason === 'too-large' && result.inflatedBytes).toBeLessThanOrEqual(
      256 * 1024 + oneChunkOfOutput,
    );
  });

  it('reports corrupt and cut-short data instead of throwing', () => {
    const whole = deflateSync(new TextEncoder().encode('a design'.repeat(40)));
    expect(inflateRawCapped(whole.subarray(0, whole.length - 2), 1024)).toEqual({
      ok: false,
      reason: 'bad-compression',
    });
    expect(inflateRawCapped(new Uint8Array([0xff, 0xff, 0xff]), 1024)).toEqual({
      ok: false,
      reason: 'bad-compression',
    });
  });
});

import { Inflate, inflateSync } from 'fflate';

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large'; inflatedBytes: number }
  | { ok: false; reason: 'bad-compression' };

/**
 * Deflate expands at most 1032:1, so feeding the inflater this many input bytes at a time bounds
 * what one step can add past the cap (about 260 KB) and lets a bomb be stopped early. Smaller
 * chunks cost more: fflate allocates fresh output room on every push.
 */
export const INPUT_CHUNK_BYTES = 256;
export const MAX_DEFLATE_RATIO = 1032;

/** A design is about 1.5 KB of JSON: one buffer this size holds any real link's document. */
export const SMALL_OUTPUT_BYTES = 16 * 1024;
/**
 * Input this short runs to its end into the small buffer in a few milliseconds even when it is
 * a bomb (at most about 2 MB of output, dropped), before the capped path refuses it.
 */
export const SMALL_INPUT_BYTES = 2 * 1024;
/**
 * Reused by every call: inflating is synchronous, the result is copied out, and fflate only reads
 * back bytes it wrote in the same call, so nothing of an earlier link can leak into a later one.
 */
const SCRATCH = new Uint8Array(SMALL_OUTPUT_BYTES);

/**
 * Inflates raw DEFLATE data, giving up as soon as the output passes `maxBytes`: a small link that
 * unpacks to megabytes is refused after a few hundred kilobytes of work, never held in memory.
 * fflate throws on corrupt or cut-short data, so every push is guarded.
 */
export function inflateRawCapped(compressed: Uint8Array, maxBytes: number): InflateResult {
  const small = inflateSmall(compressed, maxBytes);
  if (small !== null) return { ok: true, bytes: small };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length || at === 0; at += INPUT_CHUNK_BYTES) {
      const end = at + INPUT_CHUNK_BYTES;
      inflater.push(compressed.subarray(at, end), end >= compressed.length);
      if (total > maxBytes) return { ok: false, reason: 'too-large', inflatedBytes: total };
    }
  } catch {
    return { ok: false, reason: 'bad-compression' };
  }
  return { ok: true, bytes: concat(chunks, total) };
}

/**
 * The common case at a fraction of the cost: fflate's streaming inflater allocates 160 KB or more
 * on every push, so a whole link is first inflated into one fixed small buffer. fflate does not
 * grow a buffer it is given: output past its end is dropped (or throws), so only output that
 * stopped short of the end is whole. Anything else is left to the capped path, which decides.
 */
function inflateSmall(compressed: Uint8Array, maxBytes: number): Uint8Array | null {
  if (compressed.length > SMALL_INPUT_BYTES) return null;
  const room = Math.min(SMALL_OUTPUT_BYTES, maxBytes + 1);
  try {
    const bytes = inflateSync(compressed, { out: SCRATCH.subarray(0, room) });
    return bytes.length < room ? bytes.slice() : null;
  } catch {
    return null;
  }
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Each character's 6-bit value, or -1, so decoding never meets an unknown character silently. */
const VALUE_OF = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Base64url without padding (RFC 4648 §5): safe in a URL fragment as it stands. */
export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    const group = (b0 << 16) | (b1 << 8) | b2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(group >> (18 - 6 * c)) & 63];
  }
  return out;
}

/**
 * The bytes of unpadded base64url text, or null when the text cannot be base64url: a character
 * outside the alphabet, or a length no byte count produces (one character past a group of four).
 * Hand-written rather than `atob`, which takes standard base64 and throws on anything else.
 */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let bitCount = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (VALUE_OF[code] ?? -1) : -1;
    if (value < 0) return null;
    bits = ((bits << 6) | value) & 0xffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[at++] = (bits >> bitCount) & 0xff;
    }
  }
  return bytes;
}

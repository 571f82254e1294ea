/**
 * Raw DEFLATE (RFC 1951) written by hand: `prefix`, then `fill` repeated about `size` times, then
 * `suffix`, in one fixed-Huffman block. Each repeat is a 258-byte copy at distance 1 in 13 bits,
 * the format's best ratio (about 1032:1), without compressing megabytes to get it.
 */
export function deflateBomb(
  prefix: string,
  fill: string,
  size: number,
  suffix: string,
): Uint8Array {
  const out = new BitWriter();
  out.bits(1, 1); // the last block
  out.bits(1, 2); // compressed with the fixed Huffman codes
  for (const char of `${prefix}${fill}`) out.literal(char.charCodeAt(0) & 0xff);
  for (let written = 1; written < size; written += 258) {
    out.code(0b11000101, 8); // length 258
    out.code(0, 5); // distance 1
  }
  for (const char of suffix) out.literal(char.charCodeAt(0) & 0xff);
  out.code(0, 7); // end of block
  return out.finish();
}

/** What `deflateBomb` unpacks to, in bytes. */
export function bombSize(prefix: string, size: number, suffix: string): number {
  return prefix.length + 1 + Math.ceil((size - 1) / 258) * 258 + suffix.length;
}

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  /** A value's bits, least significant first, as DEFLATE writes header fields. */
  bits(value: number, count: number): void {
    for (let i = 0; i < count; i++) this.push((value >> i) & 1);
  }

  /** A Huffman code, most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.push((value >> i) & 1);
  }

  literal(byte: number): void {
    if (byte < 144) this.code(0b00110000 + byte, 8);
    else this.code(0b110010000 + byte - 144, 9);
  }

  finish(): Uint8Array {
    if (this.used > 0) this.bytes.push(this.current);
    return Uint8Array.from(this.bytes);
  }

  private push(bit: number): void {
    this.current |= bit << this.used;
    this.used += 1;
    if (this.used === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.used = 0;
    }
  }
}

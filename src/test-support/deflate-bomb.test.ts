import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bombSize, deflateBomb } from './deflate-bomb';

describe('a hand-written deflate bomb', () => {
  it.each([
    ['{"name":"', 'a', 300_000, '"}'],
    ['', ' ', 1, ''],
    ['[', '[', 1_000_000, ''],
    ['é', 'ÿ', 259, '}'],
  ])('unpacks %j + %j × %i + %j to exactly those bytes', (prefix, fill, size, suffix) => {
    const bomb = deflateBomb(prefix, fill, size, suffix);
    const text = new TextDecoder('latin1').decode(inflateSync(bomb));
    expect(text.length).toBe(bombSize(prefix, size, suffix));
    expect(text.startsWith(`${prefix}${fill}`)).toBe(true);
    expect(text.endsWith(`${fill}${suffix}`)).toBe(true);
    expect(text.slice(prefix.length, text.length - suffix.length)).toBe(
      fill.repeat(text.length - prefix.length - suffix.length),
    );
  });

  it('packs a megabyte into a few kilobytes', () => {
    expect(deflateBomb('', ' ', 1_000_000, '').length).toBeLessThan(7_000);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { sizeDesign } from '../engine/size-design';
import { prerenderedSizingModule, replacement } from './default-sizing-plugin';

/** The JSON a built module parses, read back as the page would. */
function builtSizing(): unknown {
  const text = /^export const DEFAULT_SIZING = JSON\.parse\((.*)\);\n$/s.exec(
    prerenderedSizingModule(),
  )?.[1];
  if (text === undefined) throw new Error('the built module has another shape');
  return JSON.parse(JSON.parse(text) as string);
}

describe('the example sizing worked out when the app is built', () => {
  it('is exactly what the engine gives for the example: nothing is lost on the way through JSON', () => {
    const sized = sizeDesign(DEFAULT_DESIGN);
    if (!sized.ok) throw new Error('the example does not size');
    // toStrictEqual also fails on a key that JSON drops (undefined) or a number it changes
    // (Infinity and NaN become null).
    expect(builtSizing()).toStrictEqual(sized.sizing);
  });

  it('holds the book’s figures: 8 compute nodes bound by CPU', () => {
    expect(builtSizing()).toMatchObject({ report: { compute: { nodes: 8, bound: 'cpu' } } });
  });

  it('replaces the store’s module in a build only', () => {
    const id = '/app/src/store/default-sizing.ts';
    expect(replacement(id, false)).toBeNull();
    expect(replacement(id, true)).toBe(prerenderedSizingModule());
    expect(replacement('/app/src/store/design-slice.ts', true)).toBeNull();
  });
});

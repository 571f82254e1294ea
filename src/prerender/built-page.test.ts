import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { sizeDesign } from '../engine/size-design';
import {
  isDefaultSizingModule,
  prerenderedSizingModule,
  scriptsAfterStyles,
  withFirstScreen,
} from './built-page';

function exampleSizing() {
  const sized = sizeDesign(DEFAULT_DESIGN);
  if (!sized.ok) throw new Error('the example does not size');
  return sized.sizing;
}

/** The JSON a built module parses, read back as the page would. */
function parsedBack(module: string): unknown {
  const text = /^export const DEFAULT_SIZING = JSON\.parse\((.*)\);\n$/s.exec(module)?.[1];
  if (text === undefined) throw new Error('the built module has another shape');
  return JSON.parse(JSON.parse(text) as string);
}

describe('the example sizing worked out when the app is built', () => {
  it('is exactly what the engine gives: nothing is lost on the way through JSON', () => {
    const sizing = exampleSizing();
    // toStrictEqual also fails on a key JSON drops (undefined) or a number it changes
    // (Infinity and NaN become null).
    expect(parsedBack(prerenderedSizingModule(sizing))).toStrictEqual(sizing);
  });

  it('holds the book’s figures: 8 compute nodes bound by CPU', () => {
    expect(parsedBack(prerenderedSizingModule(exampleSizing()))).toMatchObject({
      report: { compute: { nodes: 8, bound: 'cpu' } },
    });
  });

  it('replaces the store’s module only', () => {
    expect(isDefaultSizingModule('/app/src/store/default-sizing.ts')).toBe(true);
    expect(isDefaultSizingModule('/app/src/store/design-slice.ts')).toBe(false);
  });
});

describe('the built page', () => {
  it('carries the first screen in its root', () => {
    expect(withFirstScreen('<body><div id="root"></div></body>', '<p>$& drawn</p>')).toBe(
      '<body><div id="root"><p>$& drawn</p></div></body>',
    );
    expect(() => withFirstScreen('<body></body>', '<p>drawn</p>')).toThrow(/no empty root/);
  });

  it('asks for its scripts after its stylesheet', () => {
    const head = [
      '<script type="module" crossorigin src="/assets/index.js"></script>',
      '<link rel="modulepreload" crossorigin href="/assets/react.js">',
      '<link rel="stylesheet" crossorigin href="/assets/index.css">',
    ].join('');
    expect(scriptsAfterStyles(head)).toBe(
      [
        '<script type="module" fetchpriority="low" crossorigin src="/assets/index.js"></script>',
        '<link rel="modulepreload" fetchpriority="low" crossorigin href="/assets/react.js">',
        '<link rel="stylesheet" crossorigin href="/assets/index.css">',
      ].join(''),
    );
    expect(scriptsAfterStyles(scriptsAfterStyles(head))).toBe(scriptsAfterStyles(head));
  });
});

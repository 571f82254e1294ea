import { describe, expect, it } from 'vitest';
import { loadDesign } from '../cli/load-design';
import { sizeDesign } from '../engine/size-design';
import { linkOfJson } from '../test-support/hostile-links';
import { fieldErrorProblems } from '../test-support/plain-message';
import { MAX_SHAPE_ERRORS } from './document-shape';
import { decodeDesignFragment } from './link-codec';

function refused(link: string) {
  const result = decodeDesignFragment(link);
  if (result.ok) throw new Error('expected the link to be refused');
  expect(fieldErrorProblems(result.errors)).toEqual([]);
  return result;
}

function nested(open: string, close: string, depth: number): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

const NO_FILE = () => {
  throw new Error('a link is never read as a file');
};

/** Every hostile link that once threw, hung or wrote something unreadable, by what it did. */
describe('hostile links that once failed', () => {
  it('a 60-character link of arrays nested thousands deep overflowed the stack', () => {
    const result = refused('#d=z1.7cAxDQAgDAAwL5OBFcLBwQkGyLzPxo72x9v3xJgAAEB7CwAAaC8L');
    expect(result.errors[0]?.message).toMatch(/nested more than 16 levels deep/);
  });

  it('a valid design with a nearfull ratio of 1e-300 hung the engine; it is refused on its fields', () => {
    const decoded = decodeDesignFragment(
      linkOfJson('{"physical":{"ceph":{"nearfullRatio":1e-300}}}'),
    );
    if (!decoded.ok) throw new Error('the schema takes a ratio of 1e-300');
    const sized = sizeDesign(decoded.design);
    expect(sized.ok).toBe(false);
    if (sized.ok) return;
    expect(sized.errors.map((e) => e.path)).toContain('physical.ceph.nearfullRatio');
  });

  it.each([
    ['arrays', '[', ']', 50_000],
    ['objects', '{"a":', '}', 540],
    ['lists of objects', '[{"a":', '}]', 4_804],
  ])(
    'a document version of %s nested %i deep overflowed the stack while the message printed it',
    (_kind, open, close, depth) => {
      const result = refused(linkOfJson(`{"version":${nested(open, close, depth)}}`));
      expect(result.errors).toEqual([
        {
          path: 'version',
          message: expect.stringMatching(/^is a (list|group of fields) in the document but 1/),
        },
      ]);
    },
  );

  it('a document version of 100,000 characters was written whole into the message', () => {
    const result = refused(linkOfJson(`{"version":"${'v'.repeat(100_000)}"}`));
    expect(result.errors[0]?.message).toBe(
      `is "${'v'.repeat(20)}…" in the document but 1 in the link's header`,
    );
  });

  it('a document version of 1e309 was said to be null', () => {
    const result = refused(linkOfJson('{"version":1e309}'));
    expect(result.errors[0]?.message).toMatch(/^is a number too large to read in the document/);
  });

  it('a key holding a line break and a terminal escape became a field path of two lines', () => {
    const link = linkOfJson('{"physical":{"a\\u001b[2J\\nb":1}}');
    expect(refused(link).errors).toEqual([
      {
        path: 'physical',
        message: 'holds a key with a control character, which no field name has',
      },
    ]);
    const loaded = loadDesign(link, NO_FILE);
    expect(loaded).toMatchObject({ ok: false, code: 1 });
    if (!loaded.ok) expect(loaded.message.split('\n')).toHaveLength(1);
  });

  it('a key of 100,000 characters was written whole as a field path', () => {
    expect(refused(linkOfJson(`{"${'k'.repeat(100_000)}":1}`)).errors).toEqual([
      {
        path: '',
        message: 'the design holds a key of 100,000 characters; no field name is longer than 64',
      },
    ]);
  });

  it('thousands of bad keys gave as many lines', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `"\\u0007${i}":1`).join(',');
    expect(refused(linkOfJson(`{${keys}}`)).errors).toHaveLength(MAX_SHAPE_ERRORS);
  });

  it('a codec tag of control characters was shown back as it came, to the terminal too', () => {
    const result = refused('#d=%0A%1B%5B2J.abc');
    expect(result.errors[0]?.message).toContain('"??[2J.abc"');
    expect(loadDesign('#d=%0A%1B%5B2J.abc', NO_FILE)).toMatchObject({ ok: false, code: 1 });
  });

  it('a file that is not JSON had its line breaks and escapes quoted to the terminal as they were', () => {
    const loaded = loadDesign('hostile.json', () => '{"a": \u001b[2J\n}');
    expect(loaded).toMatchObject({ ok: false, code: 1 });
    if (loaded.ok) return;
    expect(loaded.message).not.toMatch(/\p{Cc}/u);
    expect(loaded.message).toContain('\\u001b[2J\\u000a');
  });
});

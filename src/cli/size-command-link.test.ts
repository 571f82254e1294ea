import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../design/default-design';
import { decodeDesignFragment, designLinkUrl, encodeDesignFragment } from '../design/link-codec';
import { designWith } from '../test-support/design-builders';
import { runSizeCommand, type CommandIo } from './size-command';

function ioWith(files: Record<string, string>, stdin = ''): CommandIo {
  return {
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    readStdin: () => stdin,
  };
}

const ex2 = designWith({ physical: { workload: { vms: 375 } } });
const ex2Json = '{"physical":{"workload":{"vms":375}}}';
const ex2Fragment = encodeDesignFragment(ex2, 'physical-network');

describe('size command with links', () => {
  it('--link prints the fragment of a document, which opens the same design', () => {
    const out = runSizeCommand(['--link', 'ex2.json'], ioWith({ 'ex2.json': ex2Json }));
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(/^#d=z1\.[A-Za-z0-9_-]+\n$/);
    expect(decodeDesignFragment(out.stdout)).toEqual({ ok: true, design: ex2, step: null });
  });

  it('--link --base prints a whole URL', () => {
    const out = runSizeCommand(
      ['--link', '--base', 'https://wizard.example.org/', '-'],
      ioWith({}, '{}'),
    );
    expect(out.stdout).toBe(`${designLinkUrl('https://wizard.example.org/', DEFAULT_DESIGN)}\n`);
    const inline = runSizeCommand(
      ['--base=https://wizard.example.org/', '--link', '-'],
      ioWith({}, '{}'),
    );
    expect(inline.stdout).toBe(out.stdout);
  });

  it('--link keeps the step of a link it is given', () => {
    const out = runSizeCommand(['--link', ex2Fragment], ioWith({}));
    expect(out.stdout).toBe(`${ex2Fragment}\n`);
  });

  it.each([
    ['a fragment', ex2Fragment],
    ['a fragment without #', ex2Fragment.slice(1)],
    ['a whole URL', `https://wizard.example.org/${ex2Fragment}`],
  ])('sizes %s given in place of a file', (_name, link) => {
    const fromLink = runSizeCommand([link], ioWith({}));
    const fromFile = runSizeCommand(['ex2.json'], ioWith({ 'ex2.json': ex2Json }));
    expect(fromLink).toEqual(fromFile);
    expect(JSON.parse(fromLink.stdout).compute.nodes).toBe(15);
  });

  it('sizes a file or standard input that holds a link', () => {
    const fromFile = runSizeCommand(['shared.txt'], ioWith({ 'shared.txt': `${ex2Fragment}\n` }));
    expect(JSON.parse(fromFile.stdout).compute.nodes).toBe(15);
    const fromStdin = runSizeCommand(
      ['--explain', '-'],
      ioWith({}, `https://x.org/${ex2Fragment}`),
    );
    expect(fromStdin.stdout).toContain('Compute bound');
  });

  it('refuses a bad link with a clear message', () => {
    const cut = runSizeCommand([ex2Fragment.slice(0, 30)], ioWith({}));
    expect(cut).toMatchObject({ code: 1, stdout: '' });
    expect(cut.stderr).toBe(
      'the link is damaged or cut short: part of it is missing, perhaps lost when it was copied or wrapped in a message\n',
    );
    const newer = runSizeCommand(['#d=z3.q1YqSy0qzszPU7IyrAUA'], ioWith({}));
    expect(newer.stderr).toMatch(/^version: is 3, newer than this wizard understands/);
    // Regression: nested arrays under the name once ended as "internal error" with exit 70.
    const deep = runSizeCommand(
      ['#d=z1.7cAxDQAgDAAwL5OBFcLBwQkGyLzPxo72x9v3xJgAAEB7CwAAaC8L'],
      ioWith({}),
    );
    expect(deep).toMatchObject({ code: 1, stdout: '' });
    expect(deep.stderr).toMatch(/^name\S*: is nested more than 16 levels deep[^\n]*\n$/);
  });

  it.each<[string[], RegExp]>([
    [['--base', 'https://x.org/', '-'], /--base goes with --link/],
    [['--link', '--base', 'ftp://x.org/', '-'], /--base must be an http or https URL/],
    [['--link', '--base'], /--base needs a URL/],
    [['--link', '--explain', '-'], /do not go together/],
  ])('explains a bad call: %j', (args, message) => {
    const out = runSizeCommand(args, ioWith({}, '{}'));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).toContain('Usage:');
  });
});

describe('npm run size --link, as a process', () => {
  it('prints a link, and refuses a bad one without a stack trace', () => {
    const good = spawnSync('npm', ['run', '--silent', 'size', '--', '--link', '-'], {
      input: '{}',
      encoding: 'utf8',
    });
    expect(good.stdout).toBe(`${encodeDesignFragment(DEFAULT_DESIGN)}\n`);
    const bad = spawnSync('npm', ['run', '--silent', 'size', '--', '#d=z1.garbage!'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('damaged or cut short');
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSizeCommand } from './size-command';
import { exportDesign } from '../export/export-design';
import { exportInput } from '../test-support/sized-export';

function run(args: string[]) {
  const written: { dir: string; name: string; text: string }[] = [];
  const out = runSizeCommand(args, {
    readFile: () => '{}',
    readStdin: () => '{}',
    writeFile: (dir, name, text) => written.push({ dir, name, text }),
  });
  return { out, written };
}

describe('size --export', () => {
  it('writes the same files as the wizard into the folder and prints their names', () => {
    const { out, written } = run(['--export', 'kolla-ansible', '--out', 'deploy', 'book.json']);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('multinode\nglobals.yml\n');
    const expected = exportDesign('kolla-ansible', exportInput()).files;
    expect(written).toEqual(expected.map((f) => ({ dir: 'deploy', name: f.name, text: f.text })));
    // What the release cannot deploy goes to standard error, not into the list of files.
    expect(out.stderr).toContain('note: kolla-ansible 2025.2 Flamingo no longer deploys Swift');
  });

  it.each([
    [['--export', 'kolla-ansible', 'book.json'], '--export FORMAT and --out DIR go together'],
    [['--export', 'puppet', '--out', 'd', 'book.json'], '--export must be one of kolla-ansible'],
    [['--export', 'csv', '--out', 'd', '--explain', 'book.json'], '--export goes without'],
  ])('refuses %j with exit status 2', (args, message) => {
    const { out, written } = run(args);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(written).toEqual([]);
  });

  it('writes into a real folder from npm run size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    try {
      const outDir = join(dir, 'kolla');
      const result = spawnSync(
        'npm',
        ['run', '--silent', 'size', '--', '--export', 'kolla-ansible', '--out', outDir, '-'],
        { input: '{}', encoding: 'utf8' },
      );
      expect(result.status).toBe(0);
      expect(readdirSync(outDir).sort()).toEqual(['globals.yml', 'multinode']);
      expect(readFileSync(join(outDir, 'multinode'), 'utf8')).toContain(
        'controller01 ansible_host=10.0.0.3',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

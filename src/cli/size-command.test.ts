import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
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

describe('size command', () => {
  it('prints the report of a document as JSON', () => {
    const out = runSizeCommand(
      ['ex2.json'],
      ioWith({ 'ex2.json': '{"physical":{"workload":{"vms":375}}}' }),
    );
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.compute.nodes).toBe(15);
    expect(report.network).toMatchObject({ publicIps: 18, floatingIps: 395 });
    // The fixed keys come first and in order; sections added later follow them.
    expect(Object.keys(report).slice(0, 6)).toEqual([
      'compute',
      'memory',
      'network',
      'storage',
      'nodes',
      'warnings',
    ]);
    expect(Object.keys(report).slice(6)).toEqual([
      'flavors',
      'headroom',
      'growth',
      'racks',
      'ceph',
      'addressing',
    ]);
  });

  it('reads standard input for -', () => {
    const out = runSizeCommand(['-'], ioWith({}, '{}'));
    expect(JSON.parse(out.stdout).memory.sticksPerNode).toBe(16);
  });

  it('explains the working as text', () => {
    const out = runSizeCommand(['--explain', '-'], ioWith({}, '{}'));
    expect(out.stdout).toContain('compute.cores = ⌈vms × ghzPerVm');
    expect(out.stdout).toContain('= ⌈200 × 2 / (2.6 × 1 × 1)⌉');
    expect(out.stdout).toContain('= 154 cores');
  });

  it('names the vCPUs among the headroom once flavors count them', () => {
    const flavors = [
      {
        name: 'm1.large',
        vcpus: 4,
        ghzPerVcpu: 1,
        ramGb: 8,
        ephemeralGb: 0,
        persistentGb: 0,
        mbps: 100,
        count: 200,
      },
    ];
    const out = runSizeCommand(
      ['--explain', '-'],
      ioWith(
        {},
        JSON.stringify({ physical: { workload: { flavors }, cpu: { cpuAllocationRatio: 4 } } }),
      ),
    );
    // 200 × 4 = 800 vCPUs; a node offers 2 × 10 cores × 1 × ratio 4 = 80, so ⌈800 / 80⌉ = 10
    // nodes, all of their vCPUs taken: none more fits.
    expect(out.stdout).toContain('On 10 compute nodes: CPU');
    expect(out.stdout).toContain(', vCPUs 100 %, RAM');
    expect(out.stdout).toMatch(
      /m1\.large: 0 more \(cpu [\d,]+, vcpu 0, ram [\d,]+, network [\d,]+\); vcpu runs out first/,
    );
  });

  it('refuses a bad document with the fields named, on stderr', () => {
    const out = runSizeCommand(
      ['-'],
      ioWith({}, '{"physical":{"workload":{"vms":-5}},"colour":"red"}'),
    );
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('physical.workload.vms: must be a whole number ≥ 1');
    expect(out.stderr).toContain('colour: is not a known field');
  });

  it('refuses text that is not JSON', () => {
    const out = runSizeCommand(['-'], ioWith({}, '{ vms: 3'));
    expect(out).toMatchObject({ code: 1, stdout: '' });
    expect(out.stderr).toMatch(/is not valid JSON/);
  });

  it('says which file it cannot read', () => {
    const out = runSizeCommand(['missing.json'], ioWith({}));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('cannot read missing.json');
  });

  it('explains its usage on a bad call', () => {
    expect(runSizeCommand([], ioWith({})).stderr).toContain('Usage:');
    expect(runSizeCommand(['--frobnicate', 'x'], ioWith({})).stderr).toContain(
      'unknown option --frobnicate',
    );
  });
});

describe('npm run size, as a process', () => {
  it('works after npm ci with no build step, and exits non-zero without a stack trace', () => {
    const good = execFileSync('npm', ['run', '--silent', 'size', '--', '-'], {
      input: '{}',
      encoding: 'utf8',
    });
    expect(JSON.parse(good).nodes.total).toBe(16);
    const bad = spawnSync('npm', ['run', '--silent', 'size', '--', '-'], {
      input: '{"physical":{"cpu":{"ghzPerCore":0}}}',
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('physical.cpu.ghzPerCore: must be a number ≥ 0.1');
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type AnsibleGroups = Record<string, { hosts?: string[]; children?: string[] }>;

/** Debian's ansible-core; the test setup installs it (e2e/ensure-browser.sh). */
export const hasAnsibleInventory =
  spawnSync('ansible-inventory', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * What Ansible's own parser makes of an inventory: `ansible-inventory --list` prints every group
 * with its direct hosts and child groups.
 */
export function ansibleInventoryList(inventory: string): AnsibleGroups {
  const dir = mkdtempSync(join(tmpdir(), 'inventory-'));
  try {
    const file = join(dir, 'multinode');
    writeFileSync(file, inventory);
    const run = spawnSync('ansible-inventory', ['-i', file, '--list'], {
      encoding: 'utf8',
      env: { ...process.env, ANSIBLE_INVENTORY_UNPARSED_FAILED: 'true', ANSIBLE_NOCOLOR: '1' },
    });
    if (run.status !== 0) throw new Error(`ansible-inventory failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as AnsibleGroups;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every host in a group, through its child groups, as Ansible resolves them. */
export function hostsOf(groups: AnsibleGroups, name: string): string[] {
  const group = groups[name];
  if (!group) return [];
  const hosts = new Set(group.hosts ?? []);
  for (const child of group.children ?? []) for (const h of hostsOf(groups, child)) hosts.add(h);
  return [...hosts].sort();
}

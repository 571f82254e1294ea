import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_DESIGN } from '../design/default-design';
import type { Design } from '../design/design-schema';
import {
  ansibleInventoryList,
  hasAnsibleInventory,
  hostsOf,
} from '../test-support/ansible-inventory';
import { exportInput } from '../test-support/sized-export';
import { kollaExport } from './kolla-export';

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');

function fileOf(design: Design, name: string): string {
  const file = kollaExport(exportInput(design)).files.find((f) => f.name === name);
  if (!file) throw new Error(`no ${name}`);
  return file.text;
}

describe("kolla-ansible export of the book's design", () => {
  it('writes multinode and globals.yml as in the golden files', () => {
    expect(fileOf(DEFAULT_DESIGN, 'multinode')).toBe(golden('book-multinode'));
    expect(fileOf(DEFAULT_DESIGN, 'globals.yml')).toBe(golden('book-globals.yml'));
  });

  it('globals.yml parses as YAML with the VIPs and the services of the design', () => {
    const globals = parse(fileOf(DEFAULT_DESIGN, 'globals.yml')) as Record<string, unknown>;
    expect(globals).toMatchObject({
      kolla_internal_vip_address: '10.0.0.2',
      kolla_external_vip_address: '203.0.113.2',
      neutron_tenant_network_types: 'vxlan',
      openstack_release: '2025.2',
    });
    // Swift is not deployed by kolla-ansible 2025.2: no key for it, a note instead.
    expect(globals).not.toHaveProperty('enable_swift');
    expect(fileOf(DEFAULT_DESIGN, 'globals.yml')).toContain('no longer deploys Swift');
  });

  it('says in a warning and in both files that Swift cannot be deployed by 2025.2, but is by 2024.2', () => {
    const now = kollaExport(exportInput());
    expect(now.warnings.some((w) => w.includes('no longer deploys Swift'))).toBe(true);
    const older = {
      ...DEFAULT_DESIGN,
      addressing: { ...DEFAULT_DESIGN.addressing, release: '2024.2' as const },
    };
    expect(parse(fileOf(older, 'globals.yml'))).toMatchObject({ enable_swift: 'yes' });
  });
});

// Outside CI a machine without Debian's ansible-core skips this (e2e/ensure-browser.sh installs it).
describe.runIf(hasAnsibleInventory || process.env['CI'])("Ansible's own parser", () => {
  it("reads the book's inventory with exactly the design's hosts per group", () => {
    const groups = ansibleInventoryList(fileOf(DEFAULT_DESIGN, 'multinode'));
    const controllers = ['controller01', 'controller02', 'controller03'];
    expect(hostsOf(groups, 'control')).toEqual(controllers);
    // No network nodes: the controllers run the Neutron agents and the load balancer.
    expect(hostsOf(groups, 'network')).toEqual(controllers);
    expect(hostsOf(groups, 'monitoring')).toEqual(controllers);
    expect(hostsOf(groups, 'compute')).toEqual(
      Array.from({ length: 8 }, (_, i) => `compute0${i + 1}`),
    );
    expect(hostsOf(groups, 'storage')).toEqual(
      Array.from({ length: 5 }, (_, i) => `storage0${i + 1}`),
    );
    expect(hostsOf(groups, 'deployment')).toEqual(['localhost']);
    expect(hostsOf(groups, 'neutron-l3-agent')).toEqual(controllers);
    expect(hostsOf(groups, 'nova-compute-ironic')).toEqual(controllers);
    expect(hostsOf(groups, 'baremetal')).toHaveLength(16);
  });
});

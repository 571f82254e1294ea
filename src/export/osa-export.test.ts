import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_DESIGN } from '../design/default-design';
import { sizeDesign } from '../engine/size-design';
import { smallDesignArbitrary } from '../test-support/small-design-arbitrary';
import { exportInput } from '../test-support/sized-export';
import type { ExportInput } from './export-types';
import { osaExport } from './osa-export';

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');

type UserConfig = {
  cidr_networks: Record<string, string>;
  used_ips: string[];
  global_overrides: Record<string, unknown>;
} & Record<string, Record<string, { ip?: string }>>;

function userConfig(input: ExportInput): UserConfig {
  const file = osaExport(input).files.find((f) => f.name === 'openstack_user_config.yml');
  return parse(file?.text ?? '') as UserConfig;
}

const hostGroups = (config: UserConfig) =>
  Object.entries(config).filter(([key]) => key.endsWith('_hosts')) as [
    string,
    Record<string, { ip?: string }>,
  ][];

/** Each host's address once (a host sits in several groups), and the used_ips as ranges. */
function checkAddresses(config: UserConfig) {
  const ipOf = new Map<string, string>();
  for (const [, hosts] of hostGroups(config))
    for (const [name, host] of Object.entries(hosts)) {
      if (host.ip === undefined) continue;
      expect(ipOf.get(name) ?? host.ip).toBe(host.ip);
      ipOf.set(name, host.ip);
    }
  const ips = [...ipOf.values()];
  expect(new Set(ips).size).toBe(ips.length);
  const management = ipaddr.IPv4.parseCIDR(config.cidr_networks['management'] ?? '');
  const used = config.used_ips.map((range) => range.split(',').map((a) => ipaddr.IPv4.parse(a)));
  const num = (a: ipaddr.IPv4) => a.toByteArray().reduce((n, b) => n * 256 + b, 0);
  for (const ip of ips) {
    const address = ipaddr.IPv4.parse(ip);
    expect(address.match(management)).toBe(true);
    for (const [low, high] of used) {
      if (!low) continue;
      expect(num(address) < num(low) || num(address) > num(high ?? low)).toBe(true);
    }
  }
  return ipOf;
}

describe("OpenStack-Ansible export of the book's design", () => {
  const result = osaExport(exportInput());

  it('writes openstack_user_config.yml and user_variables.yml as in the golden files', () => {
    expect(result.files.map((f) => f.name)).toEqual([
      'openstack_user_config.yml',
      'user_variables.yml',
    ]);
    for (const file of result.files) expect(file.text).toBe(golden(`book-${file.name}`));
  });

  it('gives the pools, the gateways and VIPs kept out, and every node at its address', () => {
    const config = userConfig(exportInput());
    expect(config.cidr_networks).toEqual({
      management: '10.0.0.0/24',
      tunnel: '10.0.1.0/24',
      storage: '10.0.2.0/24',
    });
    expect(config.used_ips).toEqual(['10.0.0.1,10.0.0.2', '10.0.1.1', '10.0.2.1']);
    expect(config.global_overrides).toMatchObject({
      internal_lb_vip_address: '10.0.0.2',
      external_lb_vip_address: '203.0.113.2',
    });
    const ipOf = checkAddresses(config);
    // 3 controllers, 8 compute and 5 storage nodes: .3 to .18 on the management network.
    expect(ipOf.size).toBe(16);
    expect(Object.keys(config['compute_hosts'] ?? {})).toHaveLength(8);
    expect(config['compute_hosts']?.['compute08']).toEqual({ ip: '10.0.0.13' });
    expect(Object.keys(config['ceph-osd_hosts'] ?? {})).toHaveLength(5);
  });

  it('asks for ML2/Open vSwitch for VXLAN, and keeps the default ML2/OVN for VLAN', () => {
    const vars = (design = DEFAULT_DESIGN) =>
      parse(
        osaExport(exportInput(design)).files.find((f) => f.name === 'user_variables.yml')?.text ??
          '',
      ) as Record<string, string>;
    expect(vars().neutron_plugin_type).toBe('ml2.ovs');
    const vlan = {
      ...DEFAULT_DESIGN,
      logical: { ...DEFAULT_DESIGN.logical, networkMode: 'neutron-vlan' as const },
    };
    expect(vars(vlan)).not.toHaveProperty('neutron_plugin_type');
  });
});

describe('OpenStack-Ansible export of any design', () => {
  it('gives every node one management address inside its range and outside used_ips', () => {
    fc.assert(
      fc.property(smallDesignArbitrary, (design) => {
        const sized = sizeDesign(design);
        if (!sized.ok) return;
        const input = { design, ...sized.sizing };
        const ipOf = checkAddresses(userConfig(input));
        const fits = input.report.addressing.networks.find((n) => n.id === 'management')?.fits;
        expect(ipOf.size).toBe(fits ? input.report.nodes.total : 0);
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sizeDesign } from '../engine/size-design';
import { smallDesignArbitrary } from '../test-support/small-design-arbitrary';
import {
  ansibleInventoryList,
  hasAnsibleInventory,
  hostsOf,
} from '../test-support/ansible-inventory';
import type { ExportInput } from './export-types';
import { kollaExport } from './kolla-export';
import { kollaGroupsOf, kollaInventory } from './kolla-inventory';

const sizedDesign = smallDesignArbitrary
  .map((design) => {
    const result = sizeDesign(design);
    return result.ok ? { design, ...result.sizing } : null;
  })
  .filter((input): input is ExportInput => input !== null);

describe('kolla-ansible inventory for any design', { timeout: 60_000 }, () => {
  it('puts every host in exactly the groups of its role, each management address once', () => {
    fc.assert(
      fc.property(sizedDesign, (input) => {
        const { groups } = kollaInventory(input);
        const { nodes } = input.report;
        const memberships = new Map<string, string[]>();
        for (const group of groups)
          for (const host of group.hosts)
            memberships.set(host.name, [...(memberships.get(host.name) ?? []), group.name]);
        expect(memberships.size).toBe(nodes.total);
        const roleOf = new Map(groups.flatMap((g) => g.hosts.map((h) => [h.name, h.role])));
        for (const [name, inGroups] of memberships) {
          const role = roleOf.get(name);
          if (!role) throw new Error(`no role for ${name}`);
          const expected = kollaGroupsOf(role, nodes.network);
          expect(inGroups.sort()).toEqual([...expected].sort());
        }
        const addresses = new Map<string, string>();
        for (const group of groups)
          for (const host of group.hosts) {
            const address = host.addresses.management;
            if (address !== undefined) addresses.set(host.name, address);
          }
        expect(new Set(addresses.values()).size).toBe(addresses.size);
        const management = input.report.addressing.networks.find((n) => n.id === 'management');
        expect(addresses.size).toBe(management?.fits ? nodes.total : 0);
      }),
      { numRuns: 200 },
    );
  });

  it.runIf(hasAnsibleInventory || process.env['CI'])(
    'reads back through ansible-inventory with the same hosts per group',
    () => {
      fc.assert(
        fc.property(sizedDesign, (input) => {
          const file = kollaExport(input).files.find((f) => f.name === 'multinode');
          const groups = ansibleInventoryList(file?.text ?? '');
          for (const group of kollaInventory(input).groups)
            expect(hostsOf(groups, group.name)).toEqual(group.hosts.map((h) => h.name).sort());
        }),
        { numRuns: 4 },
      );
    },
  );
});

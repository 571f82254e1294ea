import fc from 'fast-check';
import { RELEASE_IDS } from '../design/releases';
import type { AddressingSpec } from '../design/addressing-schema';

/**
 * A network in one of a few /16 blocks, from /16 to /30: sometimes apart, sometimes the same or
 * nested (overlapping), sometimes too narrow for the nodes, so every branch of the plan is reached.
 */
const cidr = fc
  .record({
    block: fc.constantFrom('10.0', '10.1', '172.16', '192.168'),
    third: fc.constantFrom(0, 16, 64, 128),
    prefix: fc.integer({ min: 16, max: 30 }),
  })
  .map(({ block, third, prefix }) => {
    const thirdByte = prefix >= 24 ? third : third & (0xff << (24 - prefix)) & 0xff;
    return `${block}.${thirdByte}.0/${prefix}`;
  });

export const addressingArbitrary: fc.Arbitrary<AddressingSpec> = fc.record({
  release: fc.constantFrom(...RELEASE_IDS),
  managementCidr: cidr,
  tenantCidr: cidr,
  storageCidr: cidr,
  externalCidr: fc.oneof(cidr, fc.constant('203.0.113.0/24')),
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArbitrary } from '../../test-support/design-arbitrary';
import { sizeDesign } from '../size-design';
import { contains, parseNetwork, toNumber } from './ipv4';
import { hostAddresses } from './host-addresses';
import ipaddr from 'ipaddr.js';

const asNumber = (address: string) => toNumber(ipaddr.IPv4.parse(address));

describe('addressing plans for any design', { timeout: 60_000 }, () => {
  it('hand out each address once, inside its range, clear of the gateway, VIPs and floating IPs', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const result = sizeDesign(design);
        if (!result.ok) return;
        const { nodes, addressing } = result.sizing.report;
        const hosts = hostAddresses(nodes, addressing);
        expect(hosts).toHaveLength(nodes.total);
        for (const network of addressing.networks) {
          const range = parseNetwork(network.cidr);
          if (range === null) throw new Error(`unparsed ${network.cidr}`);
          const taken = hosts.flatMap((h) => h.addresses[network.id] ?? []).map(asNumber);
          if (!network.fits) {
            expect(taken).toEqual([]);
            continue;
          }
          const reserved = [network.gateway];
          if (network.id === 'management' && addressing.internalVip)
            reserved.push(addressing.internalVip);
          if (network.id === 'external') {
            if (addressing.externalVip) reserved.push(addressing.externalVip);
            reserved.push(...addressing.extraVips);
          }
          const all = [...taken, ...reserved.map(asNumber)];
          expect(new Set(all).size).toBe(all.length);
          const broadcast = range.first + 2 ** (32 - range.prefix) - 1;
          const outside = all.filter(
            (n) => !contains(range, n) || n <= range.first || n >= broadcast,
          );
          expect(outside).toEqual([]);
          const floating = addressing.floatingRange;
          if (network.id === 'external' && floating) {
            const below = asNumber(floating.first);
            expect(all.every((n) => n < below)).toBe(true);
          }
          expect(network.addressesNeeded).toBeLessThanOrEqual(network.usableAddresses);
        }
      }),
      { numRuns: 100 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../../design/default-design';
import type { Design } from '../../design/design-schema';
import { sizeDesign } from '../size-design';
import type { Report } from '../report/report-types';

function report(design: Design): Report {
  const result = sizeDesign(design);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.sizing.report;
}

function withAddressing(addressing: Partial<Design['addressing']>, logical = {}): Design {
  return {
    ...DEFAULT_DESIGN,
    logical: { ...DEFAULT_DESIGN.logical, ...logical },
    addressing: { ...DEFAULT_DESIGN.addressing, ...addressing },
  };
}

describe("the book's addressing plan", () => {
  const { addressing, warnings } = report(DEFAULT_DESIGN);
  const byId = new Map(addressing.networks.map((n) => [n.id, n]));

  it('counts what each network holds and the narrowest range that would hold it', () => {
    // Management: gateway 1 + internal VIP 1 + 3 controllers + 8 compute + 5 storage = 18;
    // /27 gives 32 − 2 = 30 ≥ 18, /28 only 14. Tenant (no network nodes, so the controllers
    // route): 1 + 3 + 8 = 12 → /28 (14). Storage: 1 + 3 + 8 + 5 = 17 → /27.
    // External: gateway 1 + external VIP 1 + public IPs of the nodes (3 + 8 = 11) + 220 floating
    // IPs (20 routers + 200 VMs) = 233 → /24 (254); /25 gives only 126.
    expect(
      addressing.networks.map((n) => [n.id, n.addressesNeeded, n.smallestPrefix, n.fits]),
    ).toEqual([
      ['management', 18, 27, true],
      ['tenant', 12, 28, true],
      ['storage', 17, 27, true],
      ['external', 233, 24, true],
    ]);
    expect(addressing.networks.every((n) => n.usableAddresses === 254)).toBe(true);
  });

  it('hands out gateway, VIPs, then nodes by role, and the floating IPs at the top', () => {
    expect(addressing.internalVip).toBe('10.0.0.2');
    expect(addressing.externalVip).toBe('203.0.113.2');
    expect(byId.get('management')?.gateway).toBe('10.0.0.1');
    // Controllers .3–.5, compute .6–.13, storage .14–.18 on management.
    expect(byId.get('management')?.blocks).toEqual([
      { role: 'controller', first: '10.0.0.3', last: '10.0.0.5', count: 3 },
      { role: 'compute', first: '10.0.0.6', last: '10.0.0.13', count: 8 },
      { role: 'storage', first: '10.0.0.14', last: '10.0.0.18', count: 5 },
    ]);
    // No VIP on the tenant network: controllers start right after the gateway.
    expect(byId.get('tenant')?.blocks[0]).toEqual({
      role: 'controller',
      first: '10.0.1.2',
      last: '10.0.1.4',
      count: 3,
    });
    // 254 − 220 + 1 = 35: the 220 floating IPs are .35 to .254.
    expect(addressing.floatingRange).toEqual({
      first: '203.0.113.35',
      last: '203.0.113.254',
      count: 220,
    });
    expect(warnings.map((w) => w.code)).not.toContain('address-range-too-small');
    expect(warnings.map((w) => w.code)).not.toContain('address-ranges-overlap');
  });
});

describe('ranges that do not work', () => {
  it('names the prefix that fits when a range is too small, and hands out no addresses', () => {
    // A /25 holds 126 addresses; the external network needs 233.
    const { addressing, warnings } = report(withAddressing({ externalCidr: '203.0.113.0/25' }));
    const external = addressing.networks.find((n) => n.id === 'external');
    expect(external?.fits).toBe(false);
    expect(external?.blocks).toEqual([]);
    expect(addressing.floatingRange).toBeNull();
    expect(addressing.externalVip).toBeNull();
    const warning = warnings.find((w) => w.code === 'address-range-too-small');
    expect(warning?.message).toBe(
      'The External range 203.0.113.0/25 gives 126 addresses but the network needs 233: widen it to /24 or wider.',
    );
  });

  it('warns once for each pair of ranges that share addresses', () => {
    // 10.0.0.0/23 holds 10.0.1.0/24, the tenant range.
    const { addressing, warnings } = report(withAddressing({ managementCidr: '10.0.0.0/23' }));
    expect(addressing.networks.find((n) => n.id === 'tenant')?.overlaps).toEqual(['management']);
    const overlaps = warnings.filter((w) => w.code === 'address-ranges-overlap');
    expect(overlaps.map((w) => w.message)).toEqual([
      'The Management/API range 10.0.0.0/23 and the Tenant data range 10.0.1.0/24 share addresses: give each network a range of its own.',
    ]);
  });

  it('puts the design’s HA VIPs after the gateway and before the nodes on the external network', () => {
    // 2 HA VIPs: .2 external VIP, .3 the second; public IPs 3 + 8 + 2 = 13, of which 11 nodes,
    // so controllers start at .4. Needed: 1 + 2 + 11 + 220 = 234.
    const { addressing } = report(withAddressing({}, { haVips: 2 }));
    const external = addressing.networks.find((n) => n.id === 'external');
    expect(addressing.externalVip).toBe('203.0.113.2');
    expect(addressing.extraVips).toEqual(['203.0.113.3']);
    expect(external?.blocks[0]?.first).toBe('203.0.113.4');
    expect(external?.addressesNeeded).toBe(234);
  });
});

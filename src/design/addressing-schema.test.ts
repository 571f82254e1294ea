import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse-design';

describe('the addressing section', () => {
  it('is filled from the defaults in documents and links written before it existed', () => {
    const parsed = parseDesign({ version: 1, logical: { controllers: 3 } });
    expect(parsed.ok && parsed.design.addressing).toEqual({
      release: '2025.2',
      managementCidr: '10.0.0.0/24',
      tenantCidr: '10.0.1.0/24',
      storageCidr: '10.0.2.0/24',
      externalCidr: '203.0.113.0/24',
    });
  });

  it.each([
    ['10.0.0.0', 'must be an IPv4 network such as 10.0.0.0/24, prefix /8 to /30'],
    ['10.0.0.0/31', 'must be an IPv4 network such as 10.0.0.0/24, prefix /8 to /30'],
    ['300.0.0.0/24', 'must be an IPv4 network such as 10.0.0.0/24, prefix /8 to /30'],
    ['10.0.0.5/24', 'must start at the network address (the host bits all zero), e.g. 10.0.0.0/24'],
  ])('refuses %s with the field named', (cidr, message) => {
    const parsed = parseDesign({ addressing: { tenantCidr: cidr } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([{ path: 'addressing.tenantCidr', message }]);
  });

  it('refuses a release it does not know', () => {
    const parsed = parseDesign({ addressing: { release: '2023.1' } });
    expect(!parsed.ok && parsed.errors[0]?.path).toBe('addressing.release');
  });
});

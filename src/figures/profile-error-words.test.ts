import { describe, expect, it } from 'vitest';
import { profileErrorInWords } from './profile-error-words';

describe('why a profile cannot carry the design, in words', () => {
  it('names a profile’s own input by its label in the profiles table', () => {
    const words = profileErrorInWords({
      path: 'costing.profiles[0].dimmSlotsPerServer',
      message: 'must be ≥ memory channels per socket × sockets per server (8)',
    });
    expect(words).toBe(
      'Profile 2 DIMM slots: must be ≥ memory channels per socket × sockets per server (8)',
    );
    expect(
      profileErrorInWords({ path: 'costing.profiles[2].stickSizesGb[1]', message: 'is too small' }),
    ).toBe('Profile 4 Stick sizes (GB, comma-separated): is too small');
    expect(profileErrorInWords({ path: 'costing.profiles[1].prices.tdp.cpuW', message: 'm' })).toBe(
      'Profile 3 CPU TDP (W per socket): m',
    );
    expect(
      profileErrorInWords({ path: 'costing.storageProfiles[1].drivesPerNode', message: 'm' }),
    ).toBe('Storage profile 3 Data drives: m');
    expect(
      profileErrorInWords({ path: 'costing.storageProfiles[0].tdp.driveW', message: 'm' }),
    ).toBe('Storage profile 2 Power per data drive (W): m');
  });

  it('names the design’s own storage estimate’s inputs by their labels', () => {
    const words = profileErrorInWords({ path: 'costing.storageTdp.cpuW', message: 'must be ≥ 0' });
    expect(words).toContain('Storage node CPU TDP');
    expect(words).not.toContain('costing.');
  });

  it('names any other field by its label on its step, never by its path', () => {
    const words = profileErrorInWords({
      path: 'physical.workload.ramGbPerVmMax',
      message: 'is more than one node holds',
    });
    expect(words).not.toContain('physical.');
    expect(words).toMatch(/: is more than one node holds$/);
  });
});

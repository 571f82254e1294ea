import type { Design } from '../src/design/design-schema';
import { parseDesign } from '../src/design/parse-design';

/**
 * Past what a person types: 17-digit numbers everywhere, 32 stick sizes and a 120-character name
 * in a script that takes 3 bytes a character. Valid, but the worst a link has to carry.
 */
export function adversarialDesign(): Design {
  const digits = (n: number) => n + 0.1234567890123 / 7;
  const name = Array.from({ length: 120 }, (_, i) =>
    String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
  ).join('');
  const parsed = parseDesign({
    name,
    conceptual: {
      services: ['orchestration', 'compute', 'identity', 'network', 'image', 'fileShare'],
    },
    logical: {
      controllers: 99_991,
      networkNodes: 77_773,
      storageNodes: 88_883,
      haVips: 66_667,
      spareComputeNodes: 55_553,
      networkMode: 'nova-vlan',
      tenants: 999_983,
      routersPerTenant: 997,
      networksPerTenant: 991,
    },
    physical: {
      workload: {
        vms: 9_999_991,
        ghzPerVm: digits(3),
        ghzPerVmMax: digits(900),
        ramGbPerVm: digits(11),
        ramGbPerVmMax: digits(97),
        mbpsPerVm: digits(7),
        ephemeralGbPerVm: digits(123_456),
        persistentGbPerVm: digits(654_321),
        objectUsableTb: digits(987_654_321),
        floatingIpShare: digits(0),
      },
      cpu: {
        ghzPerCore: digits(4),
        coresPerSocket: 1_021,
        socketsPerServer: 63,
        hyperThreadingFactor: digits(1),
        cpuAllocationRatio: digits(17),
      },
      memory: {
        ramAllocationRatio: digits(1),
        reservedRamGbPerNode: digits(31),
        dimmSlotsPerServer: 1_019,
        memoryChannelsPerSocket: 13,
        stickSizesGb: Array.from({ length: 32 }, (_, i) => digits(1_000 + i * 1_777)),
      },
      network: { nicGbps: digits(399), dataLinksPerNode: 61, nicBonding: false },
      storage: {
        drivesPerNode: 1_013,
        driveIops: digits(98_765_432),
        driveGb: digits(987_654_321),
        raidWritePenalty: digits(5),
        blockReplicas: 19,
        objectReplicas: 17,
      },
    },
  });
  if (!parsed.ok)
    throw new Error(`adversarial design is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.design;
}

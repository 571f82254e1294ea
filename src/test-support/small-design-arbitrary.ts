import fc from 'fast-check';
import { DEFAULT_DESIGN } from '../design/default-design';
import type { Design } from '../design/design-schema';
import { NETWORK_MODE_IDS } from '../design/network-modes';
import { REQUIRED_SERVICES, SERVICE_IDS } from '../design/services';
import { addressingArbitrary } from './addressing-arbitrary';

const optionalServices = SERVICE_IDS.filter((id) => !REQUIRED_SERVICES.includes(id));

/**
 * The book's design with its node counts, services, network mode and addressing varied: designs
 * of a few to a few hundred nodes that size in a millisecond, for tests that write files per run.
 */
export const smallDesignArbitrary: fc.Arbitrary<Design> = fc
  .record({
    services: fc.subarray(optionalServices),
    controllers: fc.integer({ min: 1, max: 7 }),
    networkNodes: fc.integer({ min: 0, max: 4 }),
    storageNodes: fc.integer({ min: 0, max: 12 }),
    haVips: fc.integer({ min: 0, max: 3 }),
    networkMode: fc.constantFrom(...NETWORK_MODE_IDS),
    vms: fc.integer({ min: 1, max: 3_000 }),
    floatingIpShare: fc.constantFrom(0, 0.1, 0.5, 1),
    nicBonding: fc.boolean(),
    ephemeralOnCeph: fc.boolean(),
    objectBackend: fc.constantFrom('swift' as const, 'ceph-rgw' as const),
    addressing: fc.oneof(addressingArbitrary, fc.constant(DEFAULT_DESIGN.addressing)),
  })
  .map((r): Design => ({
    ...DEFAULT_DESIGN,
    conceptual: { services: [...REQUIRED_SERVICES, ...r.services] },
    logical: {
      ...DEFAULT_DESIGN.logical,
      controllers: r.controllers,
      networkNodes: r.networkNodes,
      storageNodes: r.storageNodes,
      haVips: r.haVips,
      networkMode: r.networkMode,
    },
    physical: {
      ...DEFAULT_DESIGN.physical,
      workload: {
        ...DEFAULT_DESIGN.physical.workload,
        vms: r.vms,
        floatingIpShare: r.floatingIpShare,
      },
      network: { ...DEFAULT_DESIGN.physical.network, nicBonding: r.nicBonding },
      ceph: {
        ...DEFAULT_DESIGN.physical.ceph,
        ephemeralOnCeph: r.ephemeralOnCeph,
        objectBackend: r.objectBackend,
      },
    },
    addressing: r.addressing,
  }));

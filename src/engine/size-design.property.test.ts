import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/design-schema';
import { parseDesign } from '../design/parse-design';
import { designArbitrary } from '../test-support/design-arbitrary';
import type { Report, Sizing } from './report/report-types';
import { sizeDesign } from './size-design';

const RUNS = { numRuns: 400 };

function sized(design: Design): Sizing | null {
  const result = sizeDesign(design);
  return result.ok ? result.sizing : null;
}

function numbersOf(report: Report): [string, number][] {
  const { compute, memory, network, storage, nodes } = report;
  const sections = { compute, memory, network, storage, nodes };
  return Object.entries(sections).flatMap(([section, figures]) =>
    Object.entries(figures)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([key, value]): [string, number] => [`${section}.${key}`, value]),
  );
}

const COUNTS = [
  'compute.cores',
  'compute.sockets',
  'compute.nodesByCpu',
  'compute.nodesByRam',
  'compute.nodesByNetwork',
  'compute.nodes',
  'compute.vmsPerNode',
  'memory.sticksPerNode',
  'memory.sticksTotal',
  'network.nicsPerNode',
  'network.publicIps',
  'network.floatingIps',
  'nodes.controller',
  'nodes.network',
  'nodes.compute',
  'nodes.storage',
  'nodes.total',
];

/** Slack for comparing sums of decimals that went through binary floating point. */
const EPS = 1e-6;

/**
 * The instances the report is sized for, worked out apart from the engine: the flavors (or the
 * single average VM, sized on its maximum RAM), each grown to the year bought for.
 */
function demandByHand(design: Design) {
  const { workload } = design.physical;
  const factor = (1 + design.plan.growthPerYear) ** design.plan.buyForYear;
  const grow = (count: number) =>
    count === 0 || factor === 1 ? count : Math.ceil(count * factor - 1e-9 * count * factor);
  const kinds =
    workload.flavors.length > 0
      ? workload.flavors.map((f) => ({
          count: grow(f.count),
          ghz: f.vcpus * f.ghzPerVcpu,
          ramGb: f.ramGb,
          mbps: f.mbps,
        }))
      : [
          {
            count: grow(workload.vms),
            ghz: workload.ghzPerVm,
            ramGb: workload.ramGbPerVmMax,
            mbps: workload.mbpsPerVm,
          },
        ];
  const sum = (value: (k: (typeof kinds)[number]) => number) =>
    kinds.reduce((total, k) => total + k.count * value(k), 0);
  return {
    vms: sum(() => 1),
    ghz: sum((k) => k.ghz),
    ramGb: sum((k) => k.ramGb),
    mbps: sum((k) => k.mbps),
  };
}

// Property runs are many sizings each: give them room on a busy machine.
describe('for every valid design', { timeout: 30_000 }, () => {
  it('generated designs pass validation', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        expect(parseDesign(design)).toEqual({ ok: true, design });
      }),
      RUNS,
    );
  });

  it('every figure is finite, counts are whole numbers ≥ 0', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        for (const [key, value] of numbersOf(sizing.report)) {
          expect(Number.isFinite(value), key).toBe(true);
          expect(value, key).toBeGreaterThanOrEqual(0);
          if (COUNTS.includes(key)) expect(Number.isInteger(value), `${key} = ${value}`).toBe(true);
        }
        for (const [key, w] of Object.entries(sizing.working))
          expect(Number.isFinite(w.result), key).toBe(true);
      }),
      RUNS,
    );
  });

  it('capacity covers demand: cores, vCPUs, RAM and bandwidth', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        const { compute, memory } = sizing.report;
        const { cpu, network } = design.physical;
        const mem = design.physical.memory;
        const demand = demandByHand(design);
        const working = compute.nodes - design.logical.spareComputeNodes;
        // The cores kept for the host and the Ceph OSDs carry no instance.
        const ghzGiven =
          working *
          (cpu.coresPerSocket * cpu.socketsPerServer - compute.hostCoresPerNode) *
          cpu.ghzPerCore *
          cpu.hyperThreadingFactor *
          cpu.cpuAllocationRatio;
        expect(ghzGiven).toBeGreaterThanOrEqual(demand.ghz * (1 - EPS));
        // Nova's vCPU limit, whenever the design counts vCPUs.
        if (compute.vcpus !== null && compute.vcpusPerNode !== null)
          expect(working * compute.vcpusPerNode).toBeGreaterThanOrEqual(compute.vcpus);
        const osdGb = design.physical.storage.hyperconverged
          ? design.physical.storage.drivesPerNode * design.physical.storage.ramGbPerOsd
          : 0;
        const ramForVms = working * (memory.gbInstalledPerNode - mem.reservedRamGbPerNode - osdGb);
        const ramNeeded =
          demand.ramGb / mem.ramAllocationRatio + demand.vms * mem.ramOverheadGbPerVm;
        expect(ramForVms).toBeGreaterThanOrEqual(ramNeeded * (1 - EPS));
        const mbpsGiven = working * network.nicGbps * 1000 * network.dataLinksPerNode;
        expect(mbpsGiven).toBeGreaterThanOrEqual(demand.mbps * (1 - EPS));
        expect(working * compute.vmsPerNode).toBeGreaterThanOrEqual(demand.vms);
      }),
      RUNS,
    );
  });

  it('installed RAM covers the need and the sticks fit the slots in whole channel sets', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const sizing = sized(design);
        if (!sizing) return;
        const { memory } = sizing.report;
        const { memoryChannelsPerSocket, dimmSlotsPerServer } = design.physical.memory;
        expect(memory.gbInstalledPerNode).toBeGreaterThanOrEqual(
          memory.gbNeededPerNode * (1 - EPS),
        );
        // Every node can start the largest instance on its own, at its real RAM.
        const { workload } = design.physical;
        const largest =
          workload.flavors.length === 0
            ? workload.ramGbPerVmMax
            : Math.max(...workload.flavors.filter((f) => f.count > 0).map((f) => f.ramGb));
        expect(memory.gbInstalledPerNode - memory.reservedGbPerNode).toBeGreaterThanOrEqual(
          (largest + design.physical.memory.ramOverheadGbPerVm) * (1 - EPS),
        );
        expect(memory.sticksPerNode).toBeLessThanOrEqual(dimmSlotsPerServer);
        expect(
          memory.sticksPerNode % (memoryChannelsPerSocket * design.physical.cpu.socketsPerServer),
        ).toBe(0);
      }),
      RUNS,
    );
  });

  it('more VMs never means fewer nodes', () => {
    fc.assert(
      fc.property(designArbitrary, fc.integer({ min: 1, max: 50_000 }), (design, more) => {
        const before = sized(design);
        const grown = {
          ...design,
          physical: {
            ...design.physical,
            workload: { ...design.physical.workload, vms: design.physical.workload.vms + more },
          },
        };
        const after = sized(grown);
        if (!before || !after) return;
        expect(after.report.racks.count).toBeGreaterThanOrEqual(before.report.racks.count);
        // With a rack loss to survive, one more rack can lower the nodes added for it.
        if (design.racks.surviveRackLoss) return;
        expect(after.report.compute.nodes).toBeGreaterThanOrEqual(before.report.compute.nodes);
        expect(after.report.nodes.total).toBeGreaterThanOrEqual(before.report.nodes.total);
      }),
      RUNS,
    );
  });

  it('a design that does not size names a field of the workload, the cores kept, the storage or the growth', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const result = sizeDesign(design);
        if (result.ok) return;
        for (const error of result.errors)
          expect(error.path).toMatch(
            /^physical\.workload\.|^physical\.cpu\.reservedHostCores$|^physical\.storage\.(coresPerOsd|drivesPerNode)$|^physical\.storageNode\.(driveTb|drivesPerNode)$|^physical\.ceph\.nearfullRatio$|^plan\.growthPerYear$/,
          );
      }),
      RUNS,
    );
  });
});

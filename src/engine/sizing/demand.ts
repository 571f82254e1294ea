import type { Design } from '../../design/design-schema';
import { roundUp } from '../report/rounding';

/** One kind of instance: a flavor from the list, or the book's single average VM. */
export type VmClass = {
  name: string;
  count: number;
  vcpus: number | null;
  ghzPerVm: number;
  /** RAM the sizing reserves for one instance: the flavor's RAM, or the average VM's maximum. */
  ramGb: number;
  mbps: number;
  ephemeralGb: number;
  persistentGb: number;
  /** Fields an error about this class names. */
  ramPath: string;
  mbpsPath: string;
  vcpusPath: string;
};

/** What the instances ask of the cloud, in one year of its growth. */
export type Demand = {
  source: 'flavors' | 'average-vm';
  year: number;
  classes: VmClass[];
  vms: number;
  ghzTotal: number;
  /** Σ count × vCPUs when every class gives its vCPUs; null for the book's average VM in GHz. */
  vcpusTotal: number | null;
  ghzPerVmMax: number;
  /** Per-VM figures of the per-node working: the fields themselves, or the flavors' mean by count. */
  ramGbPerVm: number;
  mbpsPerVm: number;
  ephemeralGbPerVm: number;
  persistentGbPerVm: number;
  persistentGbTotal: number;
};

export const AVERAGE_VM_NAME = 'average VM';

/** Instances in `year`: ⌈today × (1 + growth)^year⌉, each flavor rounded up on its own. */
export function grownCount(count: number, growthPerYear: number, year: number): number {
  if (year === 0 || growthPerYear === 0 || count === 0) return count;
  return roundUp(count * (1 + growthPerYear) ** year);
}

export function demandOf(design: Design, year = 0): Demand {
  const { workload } = design.physical;
  const growth = design.plan.growthPerYear;
  const classes: VmClass[] =
    workload.flavors.length === 0
      ? [
          {
            name: AVERAGE_VM_NAME,
            count: grownCount(workload.vms, growth, year),
            vcpus: workload.vcpusPerVm > 0 ? workload.vcpusPerVm : null,
            ghzPerVm: workload.ghzPerVm,
            ramGb: workload.ramGbPerVmMax,
            mbps: workload.mbpsPerVm,
            ephemeralGb: workload.ephemeralGbPerVm,
            persistentGb: workload.persistentGbPerVm,
            ramPath: 'physical.workload.ramGbPerVmMax',
            mbpsPath: 'physical.workload.mbpsPerVm',
            vcpusPath: 'physical.workload.vcpusPerVm',
          },
        ]
      : workload.flavors.map((f, i) => ({
          name: f.name,
          count: grownCount(f.count, growth, year),
          vcpus: f.vcpus,
          ghzPerVm: f.vcpus * f.ghzPerVcpu,
          ramGb: f.ramGb,
          mbps: f.mbps,
          ephemeralGb: f.ephemeralGb,
          persistentGb: f.persistentGb,
          ramPath: `physical.workload.flavors[${i}].ramGb`,
          mbpsPath: `physical.workload.flavors[${i}].mbps`,
          vcpusPath: `physical.workload.flavors[${i}].vcpus`,
        }));
  const vms = sumBy(classes, () => 1);
  return {
    source: workload.flavors.length === 0 ? 'average-vm' : 'flavors',
    year,
    classes,
    vms,
    ghzTotal: sumBy(classes, (c) => c.ghzPerVm),
    vcpusTotal: classes.every((c) => c.vcpus !== null) ? sumBy(classes, (c) => c.vcpus ?? 0) : null,
    ghzPerVmMax:
      workload.flavors.length === 0
        ? workload.ghzPerVmMax
        : Math.max(...classes.map((c) => c.ghzPerVm)),
    ramGbPerVm: meanBy(classes, vms, (c) => c.ramGb),
    mbpsPerVm: meanBy(classes, vms, (c) => c.mbps),
    ephemeralGbPerVm: meanBy(classes, vms, (c) => c.ephemeralGb),
    persistentGbPerVm: meanBy(classes, vms, (c) => c.persistentGb),
    persistentGbTotal: sumBy(classes, (c) => c.persistentGb),
  };
}

/** Σ count × value over the classes. */
export function sumBy(classes: readonly VmClass[], value: (c: VmClass) => number): number {
  let sum = 0;
  for (const c of classes) sum += c.count * value(c);
  return sum;
}

/** Weighted by count; exactly the class's own value when one class holds every instance. */
function meanBy(classes: readonly VmClass[], vms: number, value: (c: VmClass) => number): number {
  const populated = classes.filter((c) => c.count > 0);
  const only = populated.length === 1 ? populated[0] : undefined;
  if (only) return value(only);
  return vms === 0 ? 0 : sumBy(classes, value) / vms;
}

import type { Flavor } from './flavor-schema';

/**
 * The classic Nova flavors m1.tiny … m1.xlarge (vCPUs, RAM, root disk), offered as a starting list.
 * What a Nova flavor does not define comes from the book's average VM: 2 GHz of compute units per
 * vCPU (so m1.small is the book's 2 GHz VM and m1.xlarge its 16 GHz largest one), 250 GB of
 * persistent volumes and 200 Mbit/s per instance. The counts spread the book's 200 VMs.
 */
export const STARTER_FLAVORS: readonly Flavor[] = [
  starter('m1.tiny', 1, 0.5, 1, 20),
  starter('m1.small', 1, 2, 20, 80),
  starter('m1.medium', 2, 4, 40, 60),
  starter('m1.large', 4, 8, 80, 30),
  starter('m1.xlarge', 8, 16, 160, 10),
];

function starter(name: string, vcpus: number, ramGb: number, diskGb: number, count: number) {
  return {
    name,
    vcpus,
    ghzPerVcpu: 2,
    ramGb,
    ephemeralGb: diskGb,
    persistentGb: 250,
    mbps: 200,
    count,
  } satisfies Flavor;
}

import { lazy, type ComponentType } from 'react';
import { loadServicesCheck } from './conceptual/load-services-check';
import { ServicesStep } from './conceptual/services-step';
import type { StepId } from './step-registry';

/**
 * The first step ships with the app; every later step loads when it is first opened (and is
 * prefetched once the first step is on screen), keeping the first screen's JavaScript small.
 */
const LOADERS = {
  nodes: () => import('./logical/nodes-step').then((m) => m.NodesStep),
  networking: () => import('./logical/networking-step').then((m) => m.NetworkingStep),
  'storage-choices': () =>
    import('./logical/storage-choices-step').then((m) => m.StorageChoicesStep),
  addressing: () => import('./logical/addressing-step').then((m) => m.AddressingStep),
  workload: () => import('./physical/workload-step').then((m) => m.WorkloadStep),
  cpu: () => import('./physical/cpu-step').then((m) => m.CpuStep),
  memory: () => import('./physical/memory-step').then((m) => m.MemoryStep),
  network: () => import('./physical/network-step').then((m) => m.NetworkStep),
  storage: () => import('./physical/storage-step').then((m) => m.StorageStep),
  growth: () => import('./physical/growth-step').then((m) => m.GrowthStep),
  racks: () => import('./physical/racks-step').then((m) => m.RacksStep),
  cost: () => import('./physical/cost-step').then((m) => m.CostStep),
  results: () => import('./results/results-step').then((m) => m.ResultsStep),
} satisfies Record<Exclude<StepId, 'services'>, () => Promise<ComponentType>>;

function lazyStep(load: () => Promise<ComponentType>): ComponentType {
  return lazy(() => load().then((component) => ({ default: component })));
}

export const STEP_VIEWS: Record<StepId, ComponentType> = {
  services: ServicesStep,
  nodes: lazyStep(LOADERS.nodes),
  networking: lazyStep(LOADERS.networking),
  'storage-choices': lazyStep(LOADERS['storage-choices']),
  addressing: lazyStep(LOADERS.addressing),
  workload: lazyStep(LOADERS.workload),
  cpu: lazyStep(LOADERS.cpu),
  memory: lazyStep(LOADERS.memory),
  network: lazyStep(LOADERS.network),
  storage: lazyStep(LOADERS.storage),
  growth: lazyStep(LOADERS.growth),
  racks: lazyStep(LOADERS.racks),
  cost: lazyStep(LOADERS.cost),
  results: lazyStep(LOADERS.results),
};

/** Fetches the first step's validation and the later steps while the architect reads the first one. */
export function prefetchSteps(): void {
  void loadServicesCheck();
  for (const load of Object.values(LOADERS)) void load();
}

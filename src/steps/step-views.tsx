import type { ComponentType } from 'react';
import { ServicesStep } from './conceptual/services-step';
import { NetworkingStep } from './logical/networking-step';
import { NodesStep } from './logical/nodes-step';
import { StorageChoicesStep } from './logical/storage-choices-step';
import { CpuStep } from './physical/cpu-step';
import { MemoryStep } from './physical/memory-step';
import { NetworkStep } from './physical/network-step';
import { StorageStep } from './physical/storage-step';
import { WorkloadStep } from './physical/workload-step';
import { ResultsStep } from './results/results-step';
import type { StepId } from './step-registry';

export const STEP_VIEWS: Record<StepId, ComponentType> = {
  services: ServicesStep,
  nodes: NodesStep,
  networking: NetworkingStep,
  'storage-choices': StorageChoicesStep,
  workload: WorkloadStep,
  cpu: CpuStep,
  memory: MemoryStep,
  network: NetworkStep,
  storage: StorageStep,
  results: ResultsStep,
};

import type { Design } from '../../design/design-schema';
import type { ComputeReport, FigureKey, NodesReport, Working } from '../report/report-types';
import { input, working } from '../report/working';
import type { StoragePlan } from '../storage/storage-plan';

const STORAGE_SERVICES = ['blockStorage', 'objectStorage', 'fileShare'] as const;

export function hasStorageService(design: Design): boolean {
  return STORAGE_SERVICES.some((id) => design.conceptual.services.includes(id));
}

export function countNodes(
  design: Design,
  compute: ComputeReport,
  plan: StoragePlan,
  out?: Partial<Record<FigureKey, Working>>,
): NodesReport {
  const { logical } = design;
  const storageInUse = hasStorageService(design);
  const storage = plan.storageNodes;
  const total = logical.controllers + logical.networkNodes + compute.nodes + storage;
  const report = {
    controller: logical.controllers,
    network: logical.networkNodes,
    compute: compute.nodes,
    storage,
    total,
  };
  if (!out) return report;

  out['nodes.controller'] = working(
    'controllers',
    [input('controllers', logical.controllers)],
    logical.controllers,
    'nodes',
  );
  out['nodes.network'] = working(
    'networkNodes',
    [input('networkNodes', logical.networkNodes)],
    logical.networkNodes,
    'nodes',
    logical.networkNodes === 0
      ? 'No dedicated network nodes: the Neutron agents run on the controllers.'
      : undefined,
  );
  out['nodes.compute'] = working(
    'compute nodes',
    [input('compute nodes', compute.nodes)],
    compute.nodes,
    'nodes',
  );
  const b = plan.storageBounds;
  out['nodes.storage'] = storageInUse
    ? working(
        'max(storageNodes, nodesByCapacity, nodesByRecovery, nodesByFailureDomains)',
        [
          input('storageNodes', logical.storageNodes),
          input('nodesByCapacity', b.byCapacity),
          input('nodesByRecovery', b.byRecovery),
          input('nodesByFailureDomains', b.byFailureDomains),
        ],
        storage,
        'nodes',
        'The storage nodes asked for are a minimum; the data may need more.',
      )
    : working(
        '0',
        [],
        storage,
        'nodes',
        'No storage service (Cinder, Swift, Manila) is chosen, so no storage nodes are needed.',
      );
  out['nodes.total'] = working(
    'controller + network + compute + storage',
    [
      input('controller', logical.controllers),
      input('network', logical.networkNodes),
      input('compute', compute.nodes),
      input('storage', storage),
    ],
    total,
    'nodes',
  );
  return report;
}

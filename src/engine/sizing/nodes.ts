import type { Design } from '../../design/design-schema';
import type { ComputeReport, FigureKey, NodesReport, Working } from '../report/report-types';
import { input, working } from '../report/working';

const STORAGE_SERVICES = ['blockStorage', 'objectStorage', 'fileShare'] as const;

export function hasStorageService(design: Design): boolean {
  return STORAGE_SERVICES.some((id) => design.conceptual.services.includes(id));
}

export function countNodes(
  design: Design,
  compute: ComputeReport,
  out?: Partial<Record<FigureKey, Working>>,
): NodesReport {
  const { logical } = design;
  const storageInUse = hasStorageService(design);
  const storage = storageInUse ? logical.storageNodes : 0;
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
  out['nodes.storage'] = working(
    'storageNodes',
    [input('storageNodes', storage)],
    storage,
    'nodes',
    storageInUse
      ? undefined
      : 'No storage service (Cinder, Swift, Manila) is chosen, so no storage nodes are needed.',
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

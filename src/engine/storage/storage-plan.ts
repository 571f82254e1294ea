import type { Design } from '../../design/design-schema';
import type { Demand } from '../sizing/demand';
import { hasStorageService } from '../sizing/nodes';
import { mostOfBounds, nodeBounds, type NodeBounds } from './storage-bounds';
import { poolsOf, type PoolPlan } from './pools';

/**
 * Where the data lives and the nodes it needs before any compute node is counted: on dedicated
 * storage nodes, or, hyperconverged, its Ceph pools on the compute nodes' drives (Swift stays on
 * storage nodes). Nothing is counted twice.
 */
export type StoragePlan = {
  pools: PoolPlan[];
  onStorageNodes: PoolPlan[];
  onComputeNodes: PoolPlan[];
  storageRawPerNodeTb: number;
  computeRawPerNodeTb: number;
  storageBounds: NodeBounds;
  /** Hyperconverged: the compute nodes the Ceph data needs; null otherwise. */
  computeBounds: NodeBounds | null;
  storageNodes: number;
  /** The architect's minimum, kept while a storage service is offered. */
  floor: number;
};

export function planStorage(design: Design, demand: Demand): StoragePlan {
  const { storage, storageNode, ceph } = design.physical;
  const pools = poolsOf(design, demand);
  const hci = storage.hyperconverged;
  const onComputeNodes = hci ? pools.filter((p) => p.onCeph) : [];
  const onStorageNodes = hci ? pools.filter((p) => !p.onCeph) : pools;
  const storageRawPerNodeTb = storageNode.drivesPerNode * storageNode.driveTb;
  const computeRawPerNodeTb = (storage.drivesPerNode * storage.driveGb) / 1000;
  const storageBounds = nodeBounds(onStorageNodes, storageRawPerNodeTb, ceph);
  const computeBounds = hci ? nodeBounds(onComputeNodes, computeRawPerNodeTb, ceph) : null;
  // The architect's count is a floor (Swift's five zones, Ceph's three monitors), kept while a
  // storage service is offered; data with no storage service still gets the nodes it needs.
  const floor = hasStorageService(design) ? design.logical.storageNodes : 0;
  return {
    pools,
    onStorageNodes,
    onComputeNodes,
    storageRawPerNodeTb,
    computeRawPerNodeTb,
    storageBounds,
    computeBounds,
    storageNodes: Math.max(floor, mostOfBounds(storageBounds)),
    floor,
  };
}

/** The same plan with the rack as failure domain: recovery after losing the fullest rack. */
export function withRackFailureDomain(
  plan: StoragePlan,
  recovery: { nodes: number; racks: number },
): StoragePlan {
  const storageBounds = {
    ...plan.storageBounds,
    byRecovery: recovery.nodes,
    racks: recovery.racks,
  };
  return {
    ...plan,
    storageBounds,
    storageNodes: Math.max(plan.floor, mostOfBounds(storageBounds)),
  };
}

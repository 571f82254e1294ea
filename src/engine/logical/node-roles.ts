/** The book's node roles, in the order the logical design draws them. */
export type NodeRole = 'controller' | 'network' | 'compute' | 'storage';

export const NODE_ROLES: readonly NodeRole[] = ['controller', 'network', 'compute', 'storage'];

export const ROLE_LABELS: Record<NodeRole, string> = {
  controller: 'Controller',
  network: 'Network node',
  compute: 'Compute',
  storage: 'Storage',
};

import type { ReleaseId } from '../design/releases';

/**
 * What each release's deployment tools accept, where it differs from what a design can ask for.
 * Sources are named in docs/deployment-exports.md.
 */
export type ToolSupport = {
  /** kolla-ansible deploys Swift itself; its role was dropped in 2025.1 (change 945113). */
  kollaDeploysSwift: boolean;
};

export const RELEASE_SUPPORT: Record<ReleaseId, ToolSupport> = {
  '2025.2': { kollaDeploysSwift: false },
  '2025.1': { kollaDeploysSwift: false },
  '2024.2': { kollaDeploysSwift: true },
};

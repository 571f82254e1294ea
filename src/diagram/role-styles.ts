import { ROLE_COLOURS } from '../charts/chart-theme';
import type { NodeRole } from '../engine/logical/node-roles';

/** The texture laid over a role's colour, so roles part on black-and-white paper too. */
export type RoleTexture = 'solid' | 'diagonal' | 'dots' | 'horizontal';

/**
 * One look per node role, shared by the rack elevation and the growth chart so a reader who
 * learns it on one drawing can read the other.
 */
export const ROLE_STYLES: Record<NodeRole, { colour: string; texture: RoleTexture }> = {
  controller: { colour: ROLE_COLOURS.controller, texture: 'diagonal' },
  network: { colour: ROLE_COLOURS.network, texture: 'dots' },
  compute: { colour: ROLE_COLOURS.compute, texture: 'solid' },
  storage: { colour: ROLE_COLOURS.storage, texture: 'horizontal' },
};

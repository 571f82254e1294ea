import type { NodeRole } from '../engine/logical/node-roles';

/** The texture laid over a role's colour, so roles part on black-and-white paper too. */
export type RoleTexture = 'solid' | 'diagonal' | 'dots' | 'horizontal';

/**
 * One look per node role, shared by the rack elevation and the growth chart so a reader who
 * learns it on one drawing can read the other.
 */
export const ROLE_STYLES: Record<NodeRole, { colour: string; texture: RoleTexture }> = {
  controller: { colour: 'var(--chart-1)', texture: 'diagonal' },
  network: { colour: 'var(--chart-4)', texture: 'dots' },
  compute: { colour: 'var(--chart-3)', texture: 'solid' },
  storage: { colour: 'var(--chart-5)', texture: 'horizontal' },
};

/**
 * OpenStack releases the deployment exports target, newest first (the default). Ids are fixed:
 * documents and links store them.
 */
export const RELEASE_IDS = ['2025.2', '2025.1', '2024.2'] as const;

export type ReleaseId = (typeof RELEASE_IDS)[number];

export const RELEASE_NAMES: Record<ReleaseId, string> = {
  '2025.2': '2025.2 Flamingo',
  '2025.1': '2025.1 Epoxy',
  '2024.2': '2024.2 Dalmatian',
};

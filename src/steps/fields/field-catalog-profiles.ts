/**
 * The inputs of a server profile, one row each in the profiles tables: label with its unit, and
 * whether it takes whole numbers, text or a choice. The same labels name a profile's fields in
 * the errors of a profile that cannot carry the design.
 */
export type ProfileRowSpec = {
  key: string;
  label: string;
  kind?: 'text' | 'select';
  step?: number;
};

export const COMPUTE_PROFILE_ROWS: readonly ProfileRowSpec[] = [
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'socketsPerServer', label: 'Sockets', step: 1 },
  { key: 'coresPerSocket', label: 'Cores per socket', step: 1 },
  { key: 'ghzPerCore', label: 'GHz per core' },
  { key: 'dimmSlotsPerServer', label: 'DIMM slots', step: 1 },
  { key: 'stickSizesGb', label: 'Stick sizes (GB, comma-separated)', kind: 'text' },
  { key: 'drivesPerNode', label: 'Drives', step: 1 },
  { key: 'driveGb', label: 'Drive size (GB)' },
  { key: 'nicGbps', label: 'NIC speed (Gbit/s)' },
  { key: 'dataLinksPerNode', label: 'Data links', step: 1 },
  { key: 'unitsPerNode', label: 'Rack units (U)', step: 1 },
  { key: 'wattsLoaded', label: 'Power loaded (W)' },
  { key: 'prices.wattsIdle', label: 'Power idle (W)' },
  { key: 'prices.serverPrice', label: 'Server price, without RAM, drives or NICs' },
  { key: 'prices.ramPricePerGb', label: 'RAM price per GB' },
  { key: 'prices.drivePrice', label: 'Price per drive' },
  { key: 'prices.nicPrice', label: 'Price per NIC' },
];

/** The TDP estimate's inputs, for a profile and for the design's own compute node. */
export const TDP_ROWS: readonly ProfileRowSpec[] = [
  { key: 'cpuW', label: 'CPU TDP (W per socket)' },
  { key: 'stickW', label: 'Power per stick (W)' },
  { key: 'driveW', label: 'Power per drive (W)' },
  { key: 'baseW', label: 'Base power: board, fans, NICs (W)' },
  { key: 'idlePercent', label: 'Idle power (% of loaded)' },
];

export const STORAGE_PROFILE_ROWS: readonly ProfileRowSpec[] = [
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'driveBays', label: 'Drive bays', step: 1 },
  { key: 'drivesPerNode', label: 'Data drives', step: 1 },
  { key: 'driveTb', label: 'Drive size (TB)' },
  { key: 'driveKind', label: 'Drive kind', kind: 'select' },
  { key: 'driveIops', label: 'Read IOPS per drive' },
  { key: 'cores', label: 'Cores', step: 1 },
  { key: 'ramGb', label: 'RAM (GB)' },
  { key: 'nicGbps', label: 'Link speed (Gbit/s)' },
  { key: 'unitsPerNode', label: 'Rack units (U)', step: 1 },
  { key: 'watts', label: 'Power (W)' },
  { key: 'serverPrice', label: 'Server price, without data drives' },
  { key: 'drivePrice', label: 'Price per data drive' },
];

/** A storage profile's TDP estimate's inputs. */
export const STORAGE_TDP_ROWS: readonly ProfileRowSpec[] = [
  { key: 'cpuW', label: 'CPU TDP, all processors (W)' },
  { key: 'driveW', label: 'Power per data drive (W)' },
  { key: 'baseW', label: 'Base power: board, fans, RAM, NICs (W)' },
];

const labelsOf = (rows: readonly ProfileRowSpec[], prefix = '') =>
  Object.fromEntries(rows.map((r) => [`${prefix}${r.key}`, r.label]));

/** A compute profile's field labels by their key in the profile (`prices.tdp.cpuW`). */
export const COMPUTE_PROFILE_LABELS: Readonly<Record<string, string>> = {
  ...labelsOf(COMPUTE_PROFILE_ROWS),
  ...labelsOf(TDP_ROWS, 'prices.tdp.'),
  'prices.tdp.idleShare': 'Idle power (% of loaded)',
  'prices.stickPrices': 'Stick prices',
  prices: 'Prices',
};

/** A storage profile's field labels by their key in the profile. */
export const STORAGE_PROFILE_LABELS: Readonly<Record<string, string>> = {
  ...labelsOf(STORAGE_PROFILE_ROWS),
  ...labelsOf(STORAGE_TDP_ROWS, 'tdp.'),
  powerFrom: 'Watts for the cost from',
  tdp: 'Power estimate',
};

const PROFILE_PATH = /^costing\.(profiles|storageProfiles)\[(\d+)\]\.(.+)$/;

/**
 * A profile's input by its label in its table, with the profile's column heading: "Profile 2
 * DIMM slots", "Storage profile 2 Data drives". Null for a path that is no profile's input.
 */
export function profileFieldLabel(path: string): string | null {
  const match = PROFILE_PATH.exec(path);
  if (!match) return null;
  const compute = match[1] === 'profiles';
  const labels = compute ? COMPUTE_PROFILE_LABELS : STORAGE_PROFILE_LABELS;
  // `stickSizesGb[2]` is the stick sizes input; `prices.tdp.cpuW` has a label of its own.
  let key = (match[3] ?? '').replace(/\[\d+\].*$/, '');
  while (!labels[key] && key.includes('.')) key = key.replace(/\.[^.]*$/, '');
  const column = `${compute ? 'Profile' : 'Storage profile'} ${Number(match[2]) + 2}`;
  return `${column} ${labels[key] ?? 'input'}`;
}

import type { FieldError } from './field-error';

type JsonObject = Record<string, unknown>;

/**
 * Forward migrations, in order: entry `n` turns a version-`n` document into version `n + 1`.
 * Version 0 is the draft format of the first prototypes, which kept the conceptual choices as a
 * map of flags (`{ "compute": true, "telemetry": false }`) rather than a list of ids.
 */
const MIGRATIONS: readonly ((doc: JsonObject) => JsonObject)[] = [
  function v0ToV1(doc) {
    const conceptual = doc['conceptual'];
    if (!isObject(conceptual)) return { ...doc, version: 1 };
    const services = conceptual['services'];
    if (!isObject(services)) return { ...doc, version: 1 };
    const chosen = Object.entries(services)
      .filter(([, on]) => on === true)
      .map(([id]) => id);
    return { ...doc, version: 1, conceptual: { ...conceptual, services: chosen } };
  },
];

export const OLDEST_VERSION = 0;
export const LATEST_VERSION = OLDEST_VERSION + MIGRATIONS.length;

export type MigrationResult =
  | { ok: true; doc: JsonObject }
  | { ok: false; reason: 'too-new' | 'bad-version'; errors: FieldError[] };

export function migrate(doc: JsonObject, latestKnown: number = LATEST_VERSION): MigrationResult {
  const version = doc['version'] ?? latestKnown;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) {
    return {
      ok: false,
      reason: 'bad-version',
      errors: [
        {
          path: 'version',
          message: `must be a whole number from ${OLDEST_VERSION} to ${latestKnown}`,
        },
      ],
    };
  }
  if (version > latestKnown) {
    return {
      ok: false,
      reason: 'too-new',
      errors: [
        {
          path: 'version',
          message: `is ${version}, newer than this wizard understands (${latestKnown}); open it with a newer release`,
        },
      ],
    };
  }
  let current: JsonObject = { ...doc, version };
  for (let v = version; v < latestKnown; v++) {
    const step = MIGRATIONS[v];
    if (step) current = step(current);
  }
  return { ok: true, doc: current };
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

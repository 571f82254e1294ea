import type { Design } from '../design/design-schema';
import { loadDraft } from './draft-store';
import { MAX_DESIGN_NAME_CHARS } from './design-names';
import { saveDesign } from './saved-designs';
import type { KeyValueStorage, PersistenceFailure } from './storage-access';

export type KeepResult = { ok: true; name: string | null } | PersistenceFailure<string>;

/**
 * Before a draft is written over by another design, the stored one joins the saved designs as
 * "<name> — draft of <date time>", so opening a link, a file or a fresh start never loses work.
 * Nothing is kept when there is no draft, or when it already holds `next` (nothing would be lost).
 * A draft kept twice in the same minute replaces its own copy rather than piling up copies.
 * `savedAt` is ISO 8601 from the caller's clock.
 */
export function keepDraftAside(
  storage: KeyValueStorage | null,
  next: Design,
  savedAt: string,
): KeepResult {
  const loaded = loadDraft(storage);
  if (!loaded.ok) return loaded.reason === 'unavailable' ? { ok: true, name: null } : loaded;
  const { draft } = loaded;
  if (draft === null || JSON.stringify(draft.design) === JSON.stringify(next))
    return { ok: true, name: null };
  const when = ` — draft of ${draft.savedAt.slice(0, 16).replace('T', ' ')} UTC`;
  const name = `${draft.design.name.slice(0, MAX_DESIGN_NAME_CHARS - when.length).trimEnd()}${when}`;
  const saved = saveDesign(storage, name, draft.design, savedAt, { replace: true });
  return saved.ok ? { ok: true, name: saved.name } : saved;
}

import type { Design } from '../design/design-schema';
import { isStepId } from '../design/link-encode';
import { isObject } from '../design/migrations';
import { parseDesign } from '../design/parse-design';
import {
  failure,
  readItem,
  removeItem,
  writeItem,
  type KeyValueStorage,
  type PersistenceFailure,
  type StorageFailureReason,
  type WriteResult,
} from './storage-access';
import { DRAFT_ASIDE_KEY, DRAFT_KEY } from './draft-keys';

export { DRAFT_ASIDE_KEY, DRAFT_KEY } from './draft-keys';

/** The design being worked on, where the user was, and when (ISO 8601, from the caller's clock). */
export type Draft = { design: Design; step: string | null; savedAt: string };

export type DraftLoadResult =
  | { ok: true; draft: Draft | null }
  | PersistenceFailure<StorageFailureReason | 'corrupt' | 'invalid' | 'too-new'>;

const CORRUPT = 'the draft kept in this browser is damaged and cannot be resumed';

/** Writes the whole document, so a draft survives a later change of the defaults. */
export function saveDraft(storage: KeyValueStorage | null, draft: Draft): WriteResult {
  const step = draft.step !== null && isStepId(draft.step) ? draft.step : null;
  return writeItem(storage, DRAFT_KEY, JSON.stringify({ ...draft, step }));
}

/**
 * The stored draft, validated like any document: migrated, filled from the defaults, checked.
 * `draft: null` means there is none; a damaged one is reported, never thrown, and left in place
 * until the caller clears it or saves over it.
 */
export function loadDraft(storage: KeyValueStorage | null): DraftLoadResult {
  const read = readItem(storage, DRAFT_KEY);
  if (!read.ok) return read;
  if (read.text === null) return { ok: true, draft: null };
  let stored: unknown;
  try {
    stored = JSON.parse(read.text);
  } catch {
    return failure('corrupt', CORRUPT);
  }
  if (!isObject(stored) || typeof stored['savedAt'] !== 'string')
    return failure('corrupt', CORRUPT);
  const parsed = parseDesign(stored['design']);
  if (!parsed.ok) {
    const reason = parsed.reason === 'too-new' ? 'too-new' : 'invalid';
    const message =
      reason === 'too-new'
        ? 'the draft kept in this browser was written by a newer release of the wizard'
        : 'the draft kept in this browser is not a valid design';
    return failure(reason, message, parsed.errors);
  }
  const step = stored['step'];
  return {
    ok: true,
    draft: {
      design: parsed.design,
      step: typeof step === 'string' && isStepId(step) ? step : null,
      savedAt: stored['savedAt'],
    },
  };
}

export function clearDraft(storage: KeyValueStorage | null): WriteResult {
  return removeItem(storage, DRAFT_KEY);
}

/** Moves a draft that cannot be read out of the way, keeping its text under DRAFT_ASIDE_KEY. */
export function setDraftAside(storage: KeyValueStorage | null): WriteResult {
  const read = readItem(storage, DRAFT_KEY);
  if (!read.ok) return read;
  if (read.text === null) return { ok: true };
  const kept = writeItem(storage, DRAFT_ASIDE_KEY, read.text);
  if (!kept.ok) return kept;
  return removeItem(storage, DRAFT_KEY);
}

import type { FieldError } from '../design/field-error';

/** The part of `localStorage` this app uses, so tests can pass a fake that fills up or fails. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type StorageFailureReason = 'unavailable' | 'full' | 'failed';

/** Every failure carries a message for a notice; `errors` names broken fields where there are some. */
export type PersistenceFailure<Reason extends string = StorageFailureReason> = {
  ok: false;
  reason: Reason;
  message: string;
  errors: FieldError[];
};

export type WriteResult = { ok: true } | PersistenceFailure;
export type ReadResult = { ok: true; text: string | null } | PersistenceFailure;

export const STORAGE_MESSAGES = {
  unavailable:
    'this browser does not let the wizard store anything (private browsing, or storage is blocked); work goes on, but share a link or export a file to keep it',
  full: 'the browser storage is full; delete some saved designs or export them as files',
  failed: (detail: string) => `the browser refused to store the design (${detail})`,
} as const;

export function failure<Reason extends string>(
  reason: Reason,
  message: string,
  errors: FieldError[] = [],
): PersistenceFailure<Reason> {
  return { ok: false, reason, message, errors };
}

/**
 * `window.localStorage` itself throws a SecurityError when the browser blocks storage, so even
 * reaching for it is guarded. Null means "no storage": every operation then reports 'unavailable'.
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readItem(storage: KeyValueStorage | null, key: string): ReadResult {
  if (!storage) return failure('unavailable', STORAGE_MESSAGES.unavailable);
  try {
    return { ok: true, text: storage.getItem(key) };
  } catch (error) {
    return classify(error);
  }
}

export function writeItem(storage: KeyValueStorage | null, key: string, text: string): WriteResult {
  if (!storage) return failure('unavailable', STORAGE_MESSAGES.unavailable);
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    return classify(error);
  }
}

export function removeItem(storage: KeyValueStorage | null, key: string): WriteResult {
  if (!storage) return failure('unavailable', STORAGE_MESSAGES.unavailable);
  try {
    storage.removeItem(key);
    return { ok: true };
  } catch (error) {
    return classify(error);
  }
}

/**
 * Browsers name a full store differently: QuotaExceededError (code 22) in most, and
 * NS_ERROR_DOM_QUOTA_REACHED (code 1014) in old Firefox. Safari's old private mode also reported
 * a zero quota this way, so "full" can mean "unavailable"; the message covers both remedies.
 */
function classify(error: unknown): PersistenceFailure {
  const name = propertyOf(error, 'name');
  const code = propertyOf(error, 'code');
  if (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  )
    return failure('full', STORAGE_MESSAGES.full);
  if (name === 'SecurityError' || name === 'InvalidAccessError')
    return failure('unavailable', STORAGE_MESSAGES.unavailable);
  const detail = propertyOf(error, 'message');
  return failure(
    'failed',
    STORAGE_MESSAGES.failed(typeof detail === 'string' ? detail : String(error)),
  );
}

function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

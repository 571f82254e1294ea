import type { FieldError } from '../design/field-error';
import { SERVICE_IDS } from '../design/services';

/** Longer than any message the wizard writes; a longer one is echoing input back. */
export const MAX_MESSAGE_CHARS = 400;
/** Sixteen levels of keys of at most 64 characters. */
export const MAX_PATH_CHARS = 16 * 70;

const CONTROL = /\p{Cc}/u;
const STACK = /\bat .*:\d+:\d+|\b\w*Error\b|\bError:/;
const CODE_WORDS = /\b(undefined|NaN|null|Infinity|object Object|function)\b/;
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z0-9]*\b/g;
/**
 * Units people write this way, and the service ids a document holds (a list of allowed values
 * names them as the document must spell them).
 */
const NOT_CODE = new Set<string>(['vCPU', 'vCPUs', 'kW', 'kWh', ...SERVICE_IDS]);
/** Text between quotes is the reader's own input, shown back; it may hold any word. */
const QUOTED = /"[^"]*"|“[^”]*”/g;

/**
 * What is wrong with a message meant for a person, or [] when it reads as plain words: not
 * empty, one line, no stack trace, no code words (camelCase, undefined, NaN) outside quotes.
 */
export function messageProblems(message: string, maxChars = MAX_MESSAGE_CHARS): string[] {
  const problems: string[] = [];
  if (message.trim() === '') problems.push('is empty');
  if (message.length > maxChars) problems.push(`is ${message.length} characters long`);
  if (CONTROL.test(message)) problems.push('holds a control character or a line break');
  const unquoted = message.replace(QUOTED, '""');
  if (STACK.test(unquoted)) problems.push('reads like a stack trace');
  const code =
    CODE_WORDS.exec(unquoted)?.[0] ??
    unquoted.match(CAMEL_CASE)?.find((word) => !NOT_CODE.has(word));
  if (code !== undefined) problems.push(`holds the code word "${code}"`);
  return problems;
}

/** A field path names a field; it may be camelCase but is one short line. */
export function pathProblems(path: string): string[] {
  const problems: string[] = [];
  if (path.length > MAX_PATH_CHARS) problems.push(`path is ${path.length} characters long`);
  if (CONTROL.test(path)) problems.push('path holds a control character or a line break');
  return problems;
}

/** Every problem of every error, each prefixed with the error it is about. */
export function fieldErrorProblems(
  errors: readonly FieldError[],
  maxChars = MAX_MESSAGE_CHARS,
): string[] {
  if (errors.length === 0) return ['no error given'];
  return errors.flatMap((error) =>
    [...pathProblems(error.path), ...messageProblems(error.message, maxChars)].map(
      (problem) => `${error.path.slice(0, 60)}: ${error.message.slice(0, 80)} — ${problem}`,
    ),
  );
}

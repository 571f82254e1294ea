import type { FieldError } from './field-error';

export type LinkFailureReason =
  | 'empty'
  | 'too-long'
  | 'unknown-codec'
  | 'bad-encoding'
  | 'bad-compression'
  | 'too-large'
  | 'bad-json'
  | 'too-new'
  | 'invalid';

export type LinkFailure = { ok: false; reason: LinkFailureReason; errors: FieldError[] };

/**
 * One failure with one document-level message (empty path), ready for a notice. Messages say what
 * was wrong with the link in the reader's terms, not which decoding step threw.
 */
export function linkFailure(reason: LinkFailureReason, message: string): LinkFailure {
  return { ok: false, reason, errors: [{ path: '', message }] };
}

export const LINK_MESSAGES = {
  empty: 'the link holds no design: expected "#d=" followed by the design',
  badEncoding:
    'the link is damaged or cut short: it breaks off mid-character or holds characters a design link never has',
  badCompression:
    'the link is damaged or cut short: part of it is missing, perhaps lost when it was copied or wrapped in a message',
  notText: 'the link is damaged: its design does not read as text',
  notJson: 'the link is damaged: its design does not read as a design',
  tooLong: (length: number, max: number) =>
    `the link is ${length.toLocaleString('en-US')} characters long; at most ${max.toLocaleString('en-US')} are read`,
  tooLarge: (maxBytes: number) =>
    `the link's design unpacks to more than ${Math.round(maxBytes / 1024)} KB; a real design is a few KB`,
  unknownCodec: (found: string, expected: string) =>
    `the link's design is in a format this wizard does not know ("${shownText(found, 12)}"); it reads "${expected}" links`,
  tooNew: (version: number, latest: number) =>
    `is ${version}, newer than this wizard understands (${latest}): the link is from a newer version of the wizard; open it there`,
  versionMismatch: (tagVersion: number, docVersion: unknown) =>
    `is ${shownValue(docVersion)} in the document but ${tagVersion} in the link's header`,
} as const;

/**
 * Text from a link, shown back in a message: at most `max` characters, control characters (a
 * terminal would obey them) as "?".
 */
export function shownText(text: string, max: number): string {
  const printable = text.replace(/\p{Cc}/gu, '?');
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}

/**
 * A value from a document, described rather than printed: it may be nested thousands of levels
 * deep (printing it overflowed the stack) or hold a hundred kilobytes of text.
 */
function shownValue(value: unknown): string {
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : 'a number too large to read';
  if (typeof value === 'string') return `"${shownText(value, 20)}"`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'empty';
  return Array.isArray(value) ? 'a list' : 'a group of fields';
}

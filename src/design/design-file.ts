import type { Design } from './design-schema';
import type { FieldError } from './field-error';
import { parseDesign, type ParseResult } from './parse-design';

/** A design file is a few KB; this only stops a wrong file from being read as one. */
export const MAX_DESIGN_FILE_CHARS = 1_000_000;

export type DesignFileResult =
  ParseResult | { ok: false; reason: 'not-json' | 'too-large'; errors: FieldError[] };

/** The whole document, defaults included, so the file stands alone and diffs read well. */
export function designToJsonFile(design: Design): string {
  const { version, ...rest } = design;
  return `${JSON.stringify({ version, ...rest }, null, 2)}\n`;
}

/**
 * Reads an imported file. The result is the same union `parseDesign` gives, plus the two ways a
 * file can fail before it is a document, so the caller keeps its current design on any `ok: false`.
 */
export function designFromJsonText(text: string): DesignFileResult {
  if (text.length > MAX_DESIGN_FILE_CHARS) {
    const message = `the file is ${text.length.toLocaleString('en-US')} characters long; a design file is a few thousand`;
    return { ok: false, reason: 'too-large', errors: [{ path: '', message }] };
  }
  let json: unknown;
  try {
    // Editors on Windows often save a byte-order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return {
      ok: false,
      reason: 'not-json',
      errors: [{ path: '', message: `the file is not valid JSON${detail}` }],
    };
  }
  return parseDesign(json);
}

/** Device names Windows will not use as a file name, whatever the extension. */
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_STEM_CHARS = 80;

/**
 * A file name for a design: its name in lowercase ASCII letters, digits and dashes, accents
 * folded, so it is safe on every file system and in a download attribute.
 */
export function designFileName(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_STEM_CHARS)
    .replace(/^-+|-+$/g, '');
  if (stem === '') return 'openstack-design.json';
  return RESERVED_ON_WINDOWS.test(stem) ? `${stem}-design.json` : `${stem}.json`;
}

import { designFromJsonText } from '../design/design-file';
import type { Design } from '../design/design-schema';
import { formatFieldError } from '../design/field-error';
import { decodeDesignFragment } from '../design/link-codec';

export type LoadedDesign =
  { ok: true; design: Design; step: string | null } | { ok: false; code: number; message: string };

export type SourceReader = (source: string) => string;

/** A share link, its fragment, or a file holding one: `#d=…`, `d=…` or an http(s) address. */
const LINK_START = /^(#|d=|https?:\/\/)/i;

/**
 * The design a command-line source names: the source itself when it is a link, else the file
 * (or standard input) it names, which may hold a link or a JSON document.
 */
export function loadDesign(source: string, read: SourceReader): LoadedDesign {
  if (LINK_START.test(source)) return fromLink(source);
  let text: string;
  try {
    text = read(source);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 2, message: printable(`cannot read ${source}: ${detail}`) };
  }
  const trimmed = text.trim();
  if (LINK_START.test(trimmed)) return fromLink(trimmed);
  const parsed = designFromJsonText(text);
  if (parsed.ok) return { ok: true, design: parsed.design, step: null };
  const label = source === '-' ? 'standard input' : source;
  const lines = parsed.errors.map((e) =>
    e.path === '' ? `${label}: ${e.message}` : formatFieldError(e),
  );
  return { ok: false, code: 1, message: lines.map(printable).join('\n') };
}

function fromLink(link: string): LoadedDesign {
  const decoded = decodeDesignFragment(link);
  if (decoded.ok) return decoded;
  return {
    ok: false,
    code: 1,
    message: decoded.errors.map((e) => printable(formatFieldError(e))).join('\n'),
  };
}

/**
 * One line a terminal prints as it stands: a key or a JSON error quoting the file may hold line
 * breaks or escape sequences, which are written out as \u001b and the like.
 */
function printable(line: string): string {
  return line.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

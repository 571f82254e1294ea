import { base64urlToBytes } from './base64url';
import { inflateRawCapped } from './capped-inflate';
import { CURRENT_VERSION, type Design } from './design-schema';
import { LINK_CODEC_TAG, designLinkUrl, encodeDesignFragment, isStepId } from './link-encode';
import { LINK_MESSAGES, linkFailure, type LinkFailure } from './link-messages';
import { isObject } from './migrations';
import { parseDesign } from './parse-design';
import { DESIGN_PARAM, STEP_PARAM } from './link-params';

export { DESIGN_PARAM, LINK_CODEC_TAG, STEP_PARAM, designLinkUrl, encodeDesignFragment, isStepId };
/** Far above any real link (under 2,000 characters), low enough to refuse junk before work. */
export const MAX_LINK_CHARS = 16_000;
/** A whole design is about 1.5 KB of JSON; anything near this is not a design. */
export const MAX_INFLATED_BYTES = 256 * 1024;

export type DecodeResult = { ok: true; design: Design; step: string | null } | LinkFailure;

const HEADER = /^([a-z]*)(\d*)$/;

/**
 * Reads a design from a fragment (with or without `#`) or a whole URL. Never throws: every way a
 * link can be wrong comes back as a reason with a message a notice can show.
 */
export function decodeDesignFragment(fragmentOrUrl: string): DecodeResult {
  if (fragmentOrUrl.length > MAX_LINK_CHARS)
    return linkFailure('too-long', LINK_MESSAGES.tooLong(fragmentOrUrl.length, MAX_LINK_CHARS));
  const params = new URLSearchParams(fragmentOf(fragmentOrUrl));
  const packed = params.get(DESIGN_PARAM);
  if (packed === null || packed === '') return linkFailure('empty', LINK_MESSAGES.empty);

  const dot = packed.indexOf('.');
  const header = HEADER.exec(dot < 0 ? packed : packed.slice(0, dot));
  const tag = header?.[1] ?? '';
  if (tag !== LINK_CODEC_TAG) {
    const shown = (header ? tag : packed).slice(0, 12);
    return linkFailure('unknown-codec', LINK_MESSAGES.unknownCodec(shown, LINK_CODEC_TAG));
  }
  const versionText = header?.[2] ?? '';
  if (dot < 0 || versionText === '' || versionText.length > 9)
    return linkFailure('bad-encoding', LINK_MESSAGES.badEncoding);
  const tagVersion = Number(versionText);
  if (tagVersion > CURRENT_VERSION) {
    const message = LINK_MESSAGES.tooNew(tagVersion, CURRENT_VERSION);
    return { ok: false, reason: 'too-new', errors: [{ path: 'version', message }] };
  }

  const document = unpack(packed.slice(dot + 1));
  if (!document.ok) return document;
  const result = readDocument(document.value, tagVersion);
  if (!result.ok) return result;
  const step = params.get(STEP_PARAM);
  return { ok: true, design: result.design, step: step !== null && isStepId(step) ? step : null };
}

/** What follows `#`, or the whole text when it is a bare fragment; whitespace from wrapping goes. */
function fragmentOf(input: string): string {
  const compact = input.replace(/\s+/g, '');
  const hash = compact.indexOf('#');
  if (hash >= 0) return compact.slice(hash + 1);
  return /^https?:/i.test(compact) ? '' : compact;
}

function unpack(payload: string): { ok: true; value: unknown } | LinkFailure {
  const compressed = base64urlToBytes(payload);
  if (compressed === null || compressed.length === 0)
    return linkFailure('bad-encoding', LINK_MESSAGES.badEncoding);
  const inflated = inflateRawCapped(compressed, MAX_INFLATED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? linkFailure('too-large', LINK_MESSAGES.tooLarge(MAX_INFLATED_BYTES))
      : linkFailure('bad-compression', LINK_MESSAGES.badCompression);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return linkFailure('bad-json', LINK_MESSAGES.notText);
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return linkFailure('bad-json', LINK_MESSAGES.notJson);
  }
}

/** The header's version stands for a document that omits its own; the two must not disagree. */
function readDocument(
  value: unknown,
  tagVersion: number,
): { ok: true; design: Design } | LinkFailure {
  let document = value;
  if (isObject(value)) {
    const docVersion = value['version'];
    if (docVersion === undefined) document = { ...value, version: tagVersion };
    else if (docVersion !== tagVersion) {
      const message = LINK_MESSAGES.versionMismatch(tagVersion, docVersion);
      return { ok: false, reason: 'invalid', errors: [{ path: 'version', message }] };
    }
  }
  const parsed = parseDesign(document);
  if (parsed.ok) return parsed;
  const reason = parsed.reason === 'too-new' ? 'too-new' : 'invalid';
  return { ok: false, reason, errors: parsed.errors };
}

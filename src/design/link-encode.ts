import { deflateSync } from 'fflate';
import { bytesToBase64url } from './base64url';
import { DEFAULT_DESIGN } from './default-design';
import type { Design } from './design-schema';
import { omitDefaults } from './omit-defaults';
import { DESIGN_PARAM, STEP_PARAM } from './link-params';

/**
 * Link format: `#d=<codec tag><document version>.<payload>[&s=<step id>]`.
 * Codec `z`: the payload is base64url (unpadded) of raw DEFLATE of the UTF-8 JSON of the document
 * minus every value equal to the default design's (`version` always kept). A new encoding gets a
 * new tag; a new document version keeps the tag and goes through the document migrations.
 * Omitted values are filled from the current defaults, so changing a default later needs a new
 * document version whose migration writes the old default back in.
 *
 * Writing a link needs none of the checks reading one does (`link-codec.ts`), so the buttons
 * that copy or print a link load without them.
 */
export const LINK_CODEC_TAG = 'z';

const STEP_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Step ids are opaque here; only their shape is checked, so a link cannot smuggle markup. */
export function isStepId(step: string): boolean {
  return STEP_ID.test(step);
}

/** The design as a URL fragment starting with `#`. A step that is not a valid id is left out. */
export function encodeDesignFragment(design: Design, step?: string | null): string {
  const diff = { ...omitDefaults(design, DEFAULT_DESIGN), version: design.version };
  const json = new TextEncoder().encode(JSON.stringify(diff));
  const payload = bytesToBase64url(deflateSync(json, { level: 9 }));
  const stepPart = step != null && isStepId(step) ? `&${STEP_PARAM}=${step}` : '';
  return `#${DESIGN_PARAM}=${LINK_CODEC_TAG}${design.version}.${payload}${stepPart}`;
}

/** A whole link: `base` with any fragment it had replaced by the design's. */
export function designLinkUrl(base: string, design: Design, step?: string | null): string {
  const hash = base.indexOf('#');
  return `${hash < 0 ? base : base.slice(0, hash)}${encodeDesignFragment(design, step)}`;
}

import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { base64urlToBytes, bytesToBase64url } from '../design/base64url';
import { DEFAULT_DESIGN } from '../design/default-design';
import { encodeDesignFragment, MAX_LINK_CHARS } from '../design/link-codec';
import { parseDesign } from '../design/parse-design';
import { deflateBomb } from './deflate-bomb';
import { designArbitrary } from './design-arbitrary';
import { EVERY_FIELD_CHANGED } from './every-field-changed';
import { extremeDesign } from './extreme-design';

export const HOSTILE_FAMILIES = [
  'bit-flip',
  'truncation',
  'nesting',
  'number-token',
  'prototype-key',
  'codec-version',
  'deflate-bomb',
  'random-base64url',
  'extreme-design',
] as const;

export type HostileFamily = (typeof HOSTILE_FAMILIES)[number];

/**
 * One hostile link. `json` is the document text packed inside it when the family wrote one
 * (so the same text can be fed to the file reader and the draft store); null otherwise.
 */
export type HostileCase = {
  family: HostileFamily;
  label: string;
  link: string;
  json: string | null;
};

/** Shares out of 100: cheap families get many cases, bombs and deep nesting few. */
const SHARE: Record<HostileFamily, number> = {
  'bit-flip': 20,
  truncation: 14,
  nesting: 3,
  'number-token': 17,
  'prototype-key': 14,
  'codec-version': 12,
  'deflate-bomb': 1,
  'random-base64url': 14,
  'extreme-design': 5,
};

/** Cases per family for a run of about `total` cases. */
export function familyCounts(total: number): Record<HostileFamily, number> {
  const counts = {} as Record<HostileFamily, number>;
  for (const family of HOSTILE_FAMILIES)
    counts[family] = Math.max(1, Math.round((total * SHARE[family]) / 100));
  return counts;
}

/**
 * About `total` hostile links, the same ones for the same seed. Each family draws from its own
 * stream, so the first n cases of a family do not depend on `total`: a small sample (the e2e
 * test's) is a prefix of the large run (the unit test's).
 */
export function hostileLinks(total: number, seed = 20_260_101): HostileCase[] {
  const counts = familyCounts(total);
  return HOSTILE_FAMILIES.flatMap((family) => familyCases(family, counts[family], seed));
}

/** The first `perFamily` cases of every family. */
export function hostileSample(perFamily: number, seed = 20_260_101): HostileCase[] {
  return HOSTILE_FAMILIES.flatMap((family) => familyCases(family, perFamily, seed));
}

/** The first `count` cases of one family. */
export function familyCases(family: HostileFamily, count: number, baseSeed = 20_260_101) {
  const seed = baseSeed + HOSTILE_FAMILIES.indexOf(family) * 7919;
  if (family === 'extreme-design') return extremeCases(count, seed);
  const rng = new Rng(seed);
  const make = MAKERS[family];
  return Array.from({ length: count }, () => make(rng));
}

/** A link around any JSON text, as the encoder would pack it but with no check of the text. */
export function linkOfJson(json: string, header = 'z1', level: 0 | 6 = 6): string {
  const packed = deflateSync(new TextEncoder().encode(json), { level });
  return `#d=${header}.${bytesToBase64url(packed)}`;
}

/**
 * Most documents go in DEFLATE's stored blocks, which the decoder reads like any other: they cost
 * no compression work, where fflate's compressor allocates some 170 KB a call (10,000 calls were
 * most of the run's time). A quarter are compressed, as the wizard's own links are, and every
 * document too long to fit a link uncompressed.
 */
const STORED_MAX_CHARS = 8_000;

function packed(rng: Rng, json: string, header = 'z1'): string {
  const compress = rng.chance(0.25) || json.length > STORED_MAX_CHARS;
  return linkOfJson(json, header, compress ? 6 : 0);
}

/** mulberry32: small, fast and the same on every machine. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const BASE64URL = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const STEPS = ['services', 'workload', 'cpu', 'storage', 'results', 'nope', '<b>x</b>', '%00'];

type Path = (string | number)[];

/** Real links of realistic designs: the material bit flips and truncations damage. */
const realLinks = lazy(() => {
  const designs = [
    DEFAULT_DESIGN,
    EVERY_FIELD_CHANGED,
    ...fc.sample(designArbitrary, { seed: 42, numRuns: 30 }),
  ];
  return designs.map((design, i) => encodeDesignFragment(design, STEPS[i % 5]));
});

/** Paths to every number in the default design, and to every object a key can be added to. */
const numberPaths = lazy(() => pathsWhere(DEFAULT_DESIGN, (v) => typeof v === 'number'));
const objectPaths = lazy(() =>
  pathsWhere(DEFAULT_DESIGN, (v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
);

function pathsWhere(value: unknown, keep: (v: unknown) => boolean, prefix: Path = []): Path[] {
  const here = keep(value) ? [prefix] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, i) => pathsWhere(item, keep, [...prefix, i]))];
  if (typeof value === 'object' && value !== null)
    return [
      ...here,
      ...Object.entries(value).flatMap(([k, item]) => pathsWhere(item, keep, [...prefix, k])),
    ];
  return here;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A copy of `doc` with `value` at `path`, creating objects on the way. */
function withValue(doc: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(doc)) {
    const copy: unknown[] = [...doc];
    copy[Number(head)] = withValue(doc[Number(head)], rest, value);
    return copy;
  }
  const base = typeof doc === 'object' && doc !== null ? doc : {};
  const inner: unknown = (base as Record<string, unknown>)[String(head)];
  return { ...base, [String(head)]: withValue(inner, rest, value) };
}

/** JSON text in which each `"@@<name>@@"` placeholder string becomes the raw text given. */
function withRawText(doc: unknown, raw: Record<string, string>): string {
  let json = JSON.stringify(doc);
  for (const [name, text] of Object.entries(raw)) json = json.split(`"@@${name}@@"`).join(text);
  return json;
}

function pathText(path: Path): string {
  return path.length === 0 ? 'the document' : path.join('.');
}

function payloadOf(link: string): string {
  return link.slice(link.indexOf('.') + 1).split('&')[0] ?? '';
}

function bitFlip(rng: Rng): HostileCase {
  const link = rng.pick(realLinks());
  if (rng.chance(0.6)) {
    const bytes = base64urlToBytes(payloadOf(link)) ?? new Uint8Array();
    const flips = rng.int(1, 4);
    for (let i = 0; i < flips; i++) {
      const at = rng.int(0, bytes.length - 1);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << rng.int(0, 7));
    }
    return {
      family: 'bit-flip',
      label: `${flips} bit(s) flipped in the compressed design`,
      link: `#d=z1.${bytesToBase64url(bytes)}`,
      json: null,
    };
  }
  const at = rng.int(1, link.length - 1);
  const char = rng.pick([...BASE64URL, '%', '.', '&', '=', '#', ' ', 'é', '+', '/']);
  return {
    family: 'bit-flip',
    label: `character ${at} of the link replaced by "${char}"`,
    link: `${link.slice(0, at)}${char}${link.slice(at + 1)}`,
    json: null,
  };
}

function truncation(rng: Rng): HostileCase {
  const link = rng.pick(realLinks());
  const mode = rng.int(0, 3);
  if (mode === 0) {
    const at = rng.int(0, link.length - 1);
    return {
      family: 'truncation',
      label: `link cut at ${at}`,
      link: link.slice(0, at),
      json: null,
    };
  }
  const bytes = base64urlToBytes(payloadOf(link)) ?? new Uint8Array();
  const keep = rng.int(0, bytes.length - 1);
  if (mode === 1)
    return {
      family: 'truncation',
      label: `compressed design cut to ${keep} bytes`,
      link: `#d=z1.${bytesToBase64url(bytes.subarray(0, keep))}&s=cpu`,
      json: null,
    };
  if (mode === 2) {
    const drop = rng.int(1, Math.max(1, bytes.length - keep));
    const holed = new Uint8Array([...bytes.subarray(0, keep), ...bytes.subarray(keep + drop)]);
    return {
      family: 'truncation',
      label: `${drop} bytes missing at byte ${keep}`,
      link: `#d=z1.${bytesToBase64url(holed)}`,
      json: null,
    };
  }
  const payload = payloadOf(link);
  const cut = rng.int(0, payload.length - 1);
  return {
    family: 'truncation',
    label: `payload cut at character ${cut}, rest of the link kept`,
    link: `#d=z1.${payload.slice(0, cut)}&s=workload`,
    json: null,
  };
}

const NEST_SLOTS: Path[] = [
  [],
  ['version'],
  ['name'],
  ['physical'],
  ['physical', 'workload', 'flavors'],
  ['conceptual', 'services'],
  ['unknownField'],
];

function nesting(rng: Rng): HostileCase {
  const depth = Math.min(100_000, Math.max(10, Math.round(10 ** (1 + 4 * rng.next()))));
  const shape = rng.pick(['array', 'object', 'mixed'] as const);
  const [open, close] =
    shape === 'array' ? ['[', ']'] : shape === 'object' ? ['{"a":', '}'] : ['[{"a":', '}]'];
  const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
  const slot = rng.pick(NEST_SLOTS);
  const json =
    slot.length === 0 ? nested : withRawText(withValue({}, slot, '@@N@@'), { N: nested });
  return {
    family: 'nesting',
    label: `${shape} nested ${depth} deep in ${pathText(slot)}`,
    link: packed(rng, json),
    json,
  };
}

/** Number tokens as they may be written in JSON text, and some that JSON does not allow. */
const NUMBER_TOKENS = [
  '1e309',
  '-1e309',
  '1E400',
  '1e-300',
  '-1e-300',
  '4.9e-324',
  '1e-400',
  '-0',
  '-0.0',
  '0',
  '-1',
  '-1e308',
  '1.7976931348623157e308',
  '1e15',
  '9007199254740993',
  '123456789012345678901234567890',
  '0.1',
  '0.30000000000000004',
  '2.5',
  '"NaN"',
  '"Infinity"',
  '"1e309"',
  '"12"',
  'null',
  'true',
  '[]',
  '{}',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '+1',
  '01',
  '.5',
  '5.',
  '1_000',
];

function numberToken(rng: Rng): HostileCase {
  const count = rng.int(1, 3);
  const whole = rng.chance(0.25);
  let doc: unknown = whole ? DEFAULT_DESIGN : {};
  const raw: Record<string, string> = {};
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = rng.pick(numberPaths());
    const token = rng.pick(NUMBER_TOKENS);
    doc = withValue(doc, path, `@@T${i}@@`);
    raw[`T${i}`] = token;
    parts.push(`${path.join('.')} = ${token}`);
  }
  const json = withRawText(doc, raw);
  return {
    family: 'number-token',
    label: `${parts.join(', ')}${whole ? ' in a whole design' : ''}`,
    link: packed(rng, json),
    json,
  };
}

/** As written in the JSON text: the escaped spelling reads back as `__proto__`. */
const PROTOTYPE_KEYS = [
  '"__proto__"',
  '"constructor"',
  '"prototype"',
  '"\\u005f_proto__"',
  '"__proto__\\u0000"',
  '"hasOwnProperty"',
  '"toString"',
  '"__defineGetter__"',
];
const PROTOTYPE_VALUES = ['{"polluted":true}', '1', 'null', '[]', '{"toString":1}', '"x"', '{}'];

function prototypeKey(rng: Rng): HostileCase {
  const key = rng.pick(PROTOTYPE_KEYS);
  const value = rng.pick(PROTOTYPE_VALUES);
  const everyLevel = rng.chance(0.3);
  const target = rng.pick(objectPaths());
  const levels = everyLevel ? target.map((_, i) => target.slice(0, i)).concat([target]) : [target];
  let doc: unknown = rng.chance(0.25) ? DEFAULT_DESIGN : {};
  for (const [i, path] of levels.entries())
    doc = withValue(doc, [...path, `@@K${i}@@`], `@@V${i}@@`);
  const raw: Record<string, string> = {};
  levels.forEach((_, i) => {
    raw[`K${i}`] = key;
    raw[`V${i}`] = value;
  });
  const json = withRawText(doc, raw);
  return {
    family: 'prototype-key',
    label: `${key}: ${value} ${everyLevel ? 'at every level down to' : 'in'} ${pathText(target)}`,
    link: packed(rng, json),
    json,
  };
}

const TAGS = ['z', 'z', 'z', '', 'y', 'Z', 'zz', 'gz', 'pako:', 'zstd', 'b', 'é', '%7A'];
const VERSIONS = ['1', '2', '99', '0', '00', '999999999', '0000000000', '1234567890', '-1', '1.5'];
const DOC_VERSIONS = ['2', '0', '1.5', '"1"', 'null', '1e309', '-1', '[1]', 'true', '{"a":1}'];

function codecVersion(rng: Rng): HostileCase {
  const real = rng.pick(realLinks());
  const mode = rng.int(0, 3);
  if (mode <= 1) {
    const header = `${rng.pick(TAGS)}${rng.pick(VERSIONS)}`;
    return {
      family: 'codec-version',
      label: `header "${header}"`,
      link: `#d=${header}.${payloadOf(real)}`,
      json: null,
    };
  }
  if (mode === 2) {
    const depth = rng.int(10, 50_000);
    const docVersion = rng.pick([
      ...DOC_VERSIONS,
      `"${'v'.repeat(rng.int(50, 100_000))}"`,
      `${'['.repeat(depth)}1${']'.repeat(depth)}`,
    ]);
    const json = `{"version":${docVersion}}`;
    return {
      family: 'codec-version',
      label: `document version ${docVersion.length > 20 ? `of ${docVersion.length} characters` : docVersion}`,
      link: packed(rng, json, rng.pick(['z1', 'z0', 'z2'])),
      json,
    };
  }
  const form = rng.pick([
    (p: string) => `https://wizard.example.org/#d=z1.${p}`,
    (p: string) => `d=z1.${p}`,
    (p: string) => `#d=&d=z1.${p}`,
    (p: string) => `#s=cpu&d=z1.${p}&s=<script>`,
    () => '#d=z1.',
    () => '#d=.',
    () => `#d=z1.${'A'.repeat(MAX_LINK_CHARS)}`,
    (p: string) => `#d=z1.${p}\n${p}`,
    (p: string) => `#d=%0A%1B%5B2J.${p}`,
    (p: string) => `#d=z1%2E${p}`,
  ]);
  return {
    family: 'codec-version',
    label: 'an odd form of the link',
    link: form(payloadOf(real)),
    json: null,
  };
}

const BOMBS = {
  spaces: ['{', ' ', '}'],
  name: ['{"name":"', 'a', '"}'],
  brackets: ['', '[', ''],
  digits: ['{"physical":{"memory":{"stickSizesGb":[', '1', ']}}}'],
} as const;

function deflateBombCase(rng: Rng): HostileCase {
  const size = rng.pick([200_000, 262_145, 300_000, 1_000_000, 1_800_000, 4_000_000]);
  const kind = rng.pick(['spaces', 'name', 'brackets', 'digits'] as const);
  const [prefix, fill, suffix] = BOMBS[kind];
  const bytes = deflateBomb(prefix, fill, size, suffix);
  return {
    family: 'deflate-bomb',
    label: `${size.toLocaleString('en-US')} bytes of ${kind} in ${bytes.length} compressed bytes`,
    link: `#d=z1.${bytesToBase64url(bytes)}`,
    json: null,
  };
}

const JSON_CHARS = '{}[]":,0123456789.-eEtrufalsn \\u';

function randomBase64url(rng: Rng): HostileCase {
  const mode = rng.int(0, 3);
  if (mode <= 1) {
    const length = rng.chance(0.02) ? MAX_LINK_CHARS + 1 : rng.int(0, 2_000);
    let text = '';
    for (let i = 0; i < length; i++) text += rng.pick(BASE64URL);
    return {
      family: 'random-base64url',
      label: `${length} random characters`,
      link: `#d=z1.${text}`,
      json: null,
    };
  }
  const bytes = Uint8Array.from({ length: rng.int(1, 600) }, () => rng.int(0, 255));
  if (mode === 2)
    return {
      family: 'random-base64url',
      label: `${bytes.length} random bytes, deflated`,
      link: `#d=z1.${bytesToBase64url(deflateSync(bytes))}`,
      json: null,
    };
  const json = Array.from(bytes, (b) => JSON_CHARS[b % JSON_CHARS.length] ?? ' ').join('');
  return {
    family: 'random-base64url',
    label: `${json.length} random JSON-like characters, deflated`,
    link: packed(rng, json),
    json,
  };
}

/** Designs at the schema's limits: encoded by the wizard's own encoder when the schema takes them. */
function extremeCases(count: number, seed: number): HostileCase[] {
  return fc.sample(extremeDesign, { seed, numRuns: count }).map((candidate) => {
    const json = JSON.stringify(candidate);
    const parsed = parseDesign(candidate);
    return parsed.ok
      ? {
          family: 'extreme-design',
          label: 'an extreme design the schema accepts',
          link: encodeDesignFragment(parsed.design, 'results'),
          json,
        }
      : {
          family: 'extreme-design',
          label: 'an extreme design the schema refuses',
          link: linkOfJson(json),
          json,
        };
  });
}

const MAKERS: Record<Exclude<HostileFamily, 'extreme-design'>, (rng: Rng) => HostileCase> = {
  'bit-flip': bitFlip,
  truncation,
  nesting,
  'number-token': numberToken,
  'prototype-key': prototypeKey,
  'codec-version': codecVersion,
  'deflate-bomb': deflateBombCase,
  'random-base64url': randomBase64url,
};

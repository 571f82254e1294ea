import { describe, expect, it } from 'vitest';
import { loadDesign } from '../cli/load-design';
import { sizeDesign } from '../engine/size-design';
import { DRAFT_KEY, loadDraft } from '../persistence/draft-store';
import { fakeStorage } from '../test-support/fake-storage';
import {
  HOSTILE_FAMILIES,
  hostileLinks,
  type HostileCase,
  type HostileFamily,
} from '../test-support/hostile-links';
import { fieldErrorProblems, messageProblems } from '../test-support/plain-message';
import { decodeDesignFragment } from './link-codec';
import type { LinkFailureReason } from './link-messages';

const CASES = 10_000;
const LINK_FAILURE_REASONS: readonly LinkFailureReason[] = [
  'empty',
  'too-long',
  'unknown-codec',
  'bad-encoding',
  'bad-compression',
  'too-large',
  'bad-json',
  'too-new',
  'invalid',
];
/** The command line and the draft store add little over the decoder: every tenth case is enough. */
const SIDE_PATH_EVERY = 10;

/**
 * The engine writes the counts it refuses in full: a drive of 1e-300 TB asks for a 300-digit
 * number of drives, and the message carries all 300 digits (a known flaw of the engine's
 * messages, outside the decoder). Its other checks still apply.
 */
const ENGINE_MESSAGE_CHARS = 1_000;

type Tally2 = Record<string, number>;
type Tally = Record<HostileFamily, Tally2>;

function nonFinite(value: unknown, path: string, found: string[]): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, found));
  else if (typeof value === 'object' && value !== null)
    for (const [key, v] of Object.entries(value)) nonFinite(v, `${path}.${key}`, found);
}

/** What went wrong with one case, or [] when it ended as a sized design or a plain notice. */
function linkProblems(link: string): { outcome: string; problems: string[] } {
  const decoded = decodeDesignFragment(link);
  if (!decoded.ok) return { outcome: decoded.reason, problems: fieldErrorProblems(decoded.errors) };
  const sized = sizeDesign(decoded.design);
  if (!sized.ok)
    return {
      outcome: 'engine refused',
      problems: fieldErrorProblems(sized.errors, ENGINE_MESSAGE_CHARS),
    };
  const found: string[] = [];
  nonFinite(sized.sizing.report, 'report', found);
  return { outcome: 'sized', problems: found };
}

/** The command line reads the same link: a design, or exit 1 with one line per error. */
function cliProblems(link: string): string[] {
  const loaded = loadDesign(link, () => {
    throw new Error('a link is never read as a file');
  });
  if (loaded.ok) return [];
  const lines = loaded.message.split('\n');
  return [
    ...(loaded.code === 1 ? [] : [`exit code ${loaded.code}`]),
    ...lines.flatMap((line) => messageProblems(line.replace(/^[^ ]*: /, ''))),
  ];
}

/**
 * The same document text as a file given to the command line. A file that is not JSON is quoted
 * back in the parser's words (in brackets); only the sentence before them is checked for words.
 */
function fileProblems(json: string): string[] {
  const loaded = loadDesign('hostile.json', () => json);
  if (loaded.ok) return [];
  return [
    ...(loaded.code === 1 ? [] : [`exit code ${loaded.code}`]),
    ...loaded.message
      .split('\n')
      .flatMap((line) =>
        messageProblems(line.replace(/^[^ ]*: /, '').replace(/(not valid JSON) \(.*\)$/, '$1')),
      ),
  ];
}

/** Hostile drafts: the document in a draft, a bad step or date beside it, or the text alone. */
function draftTexts(json: string, index: number): string {
  const savedAt = '"2026-01-01T00:00:00.000Z"';
  switch (index % 5) {
    case 0:
      return `{"design":${json},"step":"cpu","savedAt":${savedAt}}`;
    case 1:
      return `{"design":${json},"step":{"__proto__":1},"savedAt":${savedAt}}`;
    case 2:
      return `{"design":${json},"step":"<b>x</b>","savedAt":1e309}`;
    case 3:
      return json;
    default:
      return `{"design":${json},"savedAt":${savedAt}`;
  }
}

/** A draft holding the document (or, when the case has none, the link's text itself). */
function draftProblems(json: string | null, link: string, index: number, sides: Tally2): string[] {
  const text = json === null ? link : draftTexts(json, index);
  const loaded = loadDraft(fakeStorage({ [DRAFT_KEY]: text }));
  const outcome = loaded.ok ? 'draft resumed' : `draft ${loaded.reason}`;
  sides[outcome] = (sides[outcome] ?? 0) + 1;
  if (loaded.ok) return [];
  return [
    ...messageProblems(loaded.message),
    ...loaded.errors.flatMap((e) => messageProblems(e.message)),
  ];
}

function tallyTable(tally: Tally): string {
  return HOSTILE_FAMILIES.map((family) => {
    const counts = Object.entries(tally[family])
      .sort(([, a], [, b]) => b - a)
      .map(([outcome, n]) => `${outcome} ${n}`)
      .join(', ');
    return `${family.padEnd(17)} ${counts}`;
  }).join('\n');
}

function secondsSince(started: number, cpuBefore: NodeJS.CpuUsage): string {
  const cpu = process.cpuUsage(cpuBefore);
  const wall = (performance.now() - started) / 1000;
  return `${wall.toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU)`;
}

describe('hostile links', { timeout: 60_000 }, () => {
  it(`${CASES.toLocaleString('en-US')} cases end as a sized design or a plain notice, in the wizard, the command line and the draft store`, () => {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const cases: HostileCase[] = hostileLinks(CASES);
    const generated = secondsSince(started, cpuBefore);
    expect(cases.length).toBeGreaterThanOrEqual(CASES);
    const tally = Object.fromEntries(HOSTILE_FAMILIES.map((f) => [f, {}])) as Tally;
    const sides: Tally2 = {};
    const failures: string[] = [];
    cases.forEach((hostile, index) => {
      const where = `${hostile.family} #${index} (${hostile.label.slice(0, 80)})`;
      let problems: string[];
      try {
        const { outcome, problems: found } = linkProblems(hostile.link);
        const counts = tally[hostile.family];
        counts[outcome] = (counts[outcome] ?? 0) + 1;
        const sidePaths = index % SIDE_PATH_EVERY === 0;
        problems = [
          ...found,
          ...(sidePaths ? cliProblems(hostile.link).map((p) => `command line: ${p}`) : []),
          ...(sidePaths && hostile.json !== null
            ? fileProblems(hostile.json).map((p) => `file: ${p}`)
            : []),
          ...(sidePaths
            ? draftProblems(hostile.json, hostile.link, index, sides).map((p) => `draft: ${p}`)
            : []),
        ];
      } catch (error) {
        problems = [`threw ${String(error).slice(0, 120)}`];
      }
      if (problems.length > 0 && failures.length < 20) failures.push(`${where}: ${problems[0]}`);
    });
    const drafts = Object.entries(sides)
      .map(([outcome, n]) => `${outcome} ${n}`)
      .join(', ');
    console.info(
      `hostile links: ${cases.length} cases generated in ${generated}, all done in ${secondsSince(started, cpuBefore)}\n${tallyTable(tally)}\ndrafts (every ${SIDE_PATH_EVERY}th case): ${drafts}`,
    );
    expect(failures).toEqual([]);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    // The cases must reach every outcome: each way a link is refused, the engine, and a sizing.
    const outcomes = new Set(HOSTILE_FAMILIES.flatMap((family) => Object.keys(tally[family])));
    expect([...outcomes].sort()).toEqual(
      [...LINK_FAILURE_REASONS, 'engine refused', 'sized'].sort(),
    );
  });
});

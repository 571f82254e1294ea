import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArbitrary } from '../test-support/design-arbitrary';
import { designWith } from '../test-support/design-builders';
import { EVERY_FIELD_CHANGED } from '../test-support/every-field-changed';
import { DEFAULT_DESIGN } from './default-design';
import { decodeDesignFragment, designLinkUrl, encodeDesignFragment } from './link-codec';
import { omitDefaults } from './omit-defaults';
import { parseDesign } from './parse-design';

const ORIGIN = 'https://wizard.example.org/';
const stepArbitrary = fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,40}$/), { nil: null });

/** Written by an early prototype: services as a map of flags, one controller, 100 VMs. */
const VERSION_0_LINK =
  '#d=z0.PU9LEoMgDL0KkzULu-UM3fUEiFFpgTAh2nEc7l5sq7vkveR9dliRi6cEptOQbEQwcLe9GpmikhnV6LmIykxCsmUEDY6SwyyLDWB2KMird1iO2VHMizQJ4QU1-Gina0kob-LXxQ2YxMt27oMtc0-WhxOg_olOHkL8FRltKA0VDBhR-P9Xq4ZAk3e_LC2ZMIXQKoG5NS7PWznJwz2QbQatdDwOuq7W-gE&s=conceptual';

describe('design link format', () => {
  it('pins the default design link', () => {
    expect(encodeDesignFragment(DEFAULT_DESIGN)).toMatchInlineSnapshot(
      `"#d=z1.q1YqSy0qzszPU7IyrAUA"`,
    );
  });

  it('pins a link with a step', () => {
    expect(designLinkUrl(`${ORIGIN}#old`, DEFAULT_DESIGN, 'physical-cpu')).toMatchInlineSnapshot(
      `"https://wizard.example.org/#d=z1.q1YqSy0qzszPU7IyrAUA&s=physical-cpu"`,
    );
  });

  it('round-trips every valid design and the step it was shared from', () => {
    fc.assert(
      fc.property(designArbitrary, stepArbitrary, (design, step) => {
        const decoded = decodeDesignFragment(encodeDesignFragment(design, step));
        // As the app holds it: fields the generator does not know yet take their defaults.
        expect(decoded).toEqual({ ok: true, design: designWith(design), step });
      }),
    );
  });

  it('opens a bare fragment and a whole URL the same way', () => {
    const fragment = encodeDesignFragment(EVERY_FIELD_CHANGED, 'summary');
    const expected = { ok: true, design: EVERY_FIELD_CHANGED, step: 'summary' };
    expect(decodeDesignFragment(fragment.slice(1))).toEqual(expected);
    expect(decodeDesignFragment(`https://wizard.example.org/app/?lang=en${fragment}`)).toEqual(
      expected,
    );
    // Mail clients wrap long links; the payload's alphabet has no whitespace to lose.
    expect(decodeDesignFragment(`${fragment.slice(0, 40)}\n  ${fragment.slice(40)}\n`)).toEqual(
      expected,
    );
  });

  it('leaves out values equal to the defaults but always keeps the version', () => {
    expect(omitDefaults(DEFAULT_DESIGN, DEFAULT_DESIGN)).toEqual({});
    const design = {
      ...DEFAULT_DESIGN,
      physical: {
        ...DEFAULT_DESIGN.physical,
        cpu: { ...DEFAULT_DESIGN.physical.cpu, ghzPerCore: 3 },
      },
    };
    expect(omitDefaults(design, DEFAULT_DESIGN)).toEqual({ physical: { cpu: { ghzPerCore: 3 } } });
    const reordered = {
      ...DEFAULT_DESIGN,
      conceptual: { services: [...DEFAULT_DESIGN.conceptual.services].reverse() },
    };
    expect(omitDefaults(reordered, DEFAULT_DESIGN)).toEqual({ conceptual: reordered.conceptual });
  });

  it('ignores a step id that is not one, rather than refusing the design', () => {
    const fragment = `${encodeDesignFragment(DEFAULT_DESIGN)}&s=%3Cscript%3E`;
    expect(decodeDesignFragment(fragment)).toEqual({
      ok: true,
      design: DEFAULT_DESIGN,
      step: null,
    });
    expect(encodeDesignFragment(DEFAULT_DESIGN, 'a b')).toBe(encodeDesignFragment(DEFAULT_DESIGN));
  });
});

describe('links written by earlier releases', () => {
  it("opens a version 1 link: the book's second example, 375 VMs", () => {
    const link =
      'https://wizard.example.org/#d=z1.q1YqyKgszkxOzFGyqlYqzy_KzslPTAGxy3KLlayMzU1ra3WUylKLijPz85SsDGsB&s=physical-network';
    expect(decodeDesignFragment(link)).toEqual({
      ok: true,
      step: 'physical-network',
      design: designWith({ physical: { workload: { vms: 375 } } }),
    });
  });

  it('opens a version 0 link with its content migrated', () => {
    const decoded = decodeDesignFragment(VERSION_0_LINK);
    expect(decoded).toEqual({
      ok: true,
      step: 'conceptual',
      design: {
        ...DEFAULT_DESIGN,
        name: 'Lab from the first prototype',
        conceptual: {
          services: ['compute', 'image', 'network', 'identity', 'dashboard', 'telemetry'],
        },
        logical: { ...DEFAULT_DESIGN.logical, controllers: 1 },
        physical: {
          ...DEFAULT_DESIGN.physical,
          workload: { ...DEFAULT_DESIGN.physical.workload, vms: 100 },
        },
      },
    });
  });
});

describe('link length budgets', () => {
  it('the default design link, origin included, fits in 80 characters', () => {
    expect(designLinkUrl(ORIGIN, DEFAULT_DESIGN).length).toBeLessThanOrEqual(80);
  });

  it('the every-field-changed fixture is a valid design', () => {
    expect(parseDesign(EVERY_FIELD_CHANGED)).toEqual({ ok: true, design: EVERY_FIELD_CHANGED });
  });

  it('a design with every field changed stays under 2,000 characters', () => {
    expect(designLinkUrl(ORIGIN, EVERY_FIELD_CHANGED, 'physical-storage').length).toBeLessThan(
      2_000,
    );
    fc.assert(
      fc.property(designArbitrary, stepArbitrary, (design, step) => {
        expect(designLinkUrl(ORIGIN, design, step).length).toBeLessThan(2_000);
      }),
    );
  });
});

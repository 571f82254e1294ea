import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/design-schema';
import { STARTER_FLAVORS } from '../design/starter-flavors';
import { billOfMaterials } from '../engine/bom/bill-of-materials';
import type { Working } from '../engine/report/report-types';
import { sizeDesign } from '../engine/size-design';
import { FIGURE_LABELS } from '../figures/report-labels';
import { designArbitrary } from '../test-support/design-arbitrary';
import { sizingOf, type DesignPatch } from '../test-support/design-builders';
import { inputLabel } from './input-labels';
import { plainText, plainWorking } from './plain-working';

const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/g;
/** Units and terms that are written this way in English too. */
const WRITTEN_SO = new Set(['vCPU', 'vCPUs', 'kW', 'kWh']);

/** The camelCase words left in `text` once the flavor names the architect typed are taken out. */
function camelCaseWords(text: string, flavorNames: readonly string[]): string[] {
  const typed = [...flavorNames].sort((a, b) => b.length - a.length);
  const without = typed.reduce((t, name) => t.split(name).join(' '), text);
  return (without.match(CAMEL_CASE) ?? []).filter((word) => !WRITTEN_SO.has(word));
}

function rendered(w: Working): string {
  const { formula, numbers, result, note } = plainWorking(w);
  return [formula, numbers, result, note ?? ''].join('\n');
}

/** Every working the screen and the paper show: the report's and the bill of materials'. */
function workingsOf(design: Design): [string, Working][] {
  const result = sizeDesign(design);
  if (!result.ok) return [];
  const figures = Object.entries(result.sizing.working).filter(
    (entry): entry is [string, Working] => entry[1] !== undefined,
  );
  const bom = billOfMaterials(design, result.sizing).flatMap((row) =>
    [row.cpu, row.ram, row.nics, row.drives].flatMap((cell) =>
      cell.working.map((w): [string, Working] => [`bill of materials (${row.role})`, w]),
    ),
  );
  return [...figures, ...bom];
}

const FLAVORS: DesignPatch = { physical: { workload: { flavors: [...STARTER_FLAVORS] } } };

// Property runs size many designs: give them room on a busy machine.
describe('plain working', { timeout: 30_000 }, () => {
  it("reads the book's formula in the architect's words, numbers and result unchanged", () => {
    const plain = plainWorking(sizingOf().working['compute.cores']);
    expect(plain.formula).toBe(
      '⌈VMs × GHz per VM / (GHz per core × hyper-threading factor × CPU allocation ratio)⌉',
    );
    expect(plain.numbers).toBe('⌈200 × 2 / (2.6 × 1 × 1)⌉');
    expect(plain.result).toBe('154 cores');
    expect(plain.note).toContain('The book floors 153.846 to 153 cores');
  });

  it('names each flavor in its terms', () => {
    const plain = plainWorking(sizingOf(FLAVORS).working['compute.coresNeeded']);
    expect(plain.formula).toMatch(/^\(m1\.tiny instances × GHz per m1\.tiny instance \+ /);
    expect(plain.formula).toContain('m1.xlarge instances × GHz per m1.xlarge instance)');
  });

  it('labels a formula word that is not an input, and engine names in a note', () => {
    expect(plainWorking(sizingOf().working['network.nicsPerNode']).formula).toBe(
      'data links per node × (2 with NIC bonding, else 1)',
    );
    expect(plainWorking(sizingOf().working['racks.count']).note).toBe(
      'Racks for whole compute nodes: compute nodes a whole number to a rack.',
    );
    expect(plainText('at most cpuAllocationRatio.')).toBe('at most CPU allocation ratio.');
  });

  it('keeps a flavor name as typed, even one that looks like an engine name', () => {
    const flavors = STARTER_FLAVORS.map((f) =>
      f.name === 'm1.small' ? { ...f, name: 'ghzPerVm' } : f,
    );
    const patch: DesignPatch = { physical: { workload: { flavors } } };
    expect(plainWorking(sizingOf(patch).working['compute.cores']).formula).toContain(
      'ghzPerVm instances × GHz per ghzPerVm instance',
    );
  });

  it('labels every input and every figure, and leaves no camelCase word, for any design', () => {
    fc.assert(
      fc.property(designArbitrary, (design) => {
        const flavorNames = [...design.physical.workload.flavors.map((f) => f.name), 'average VM'];
        for (const [key, w] of workingsOf(design)) {
          for (const { name } of w.inputs)
            expect(inputLabel(name), `no label for input "${name}" of ${key}`).toBeDefined();
          if (!key.startsWith('bill of materials'))
            expect(FIGURE_LABELS, `no label for figure ${key}`).toHaveProperty([key]);
          const text = rendered(w);
          expect(camelCaseWords(text, flavorNames), `${key}:\n${text}`).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportInput } from '../test-support/sized-export';
import { exportDesign } from './export-design';

const golden = (name: string) => readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');

describe("the book's bill of materials and summary", () => {
  it('writes the bill of materials as CSV, one row per part per role, as in the golden file', () => {
    const [file] = exportDesign('csv', exportInput()).files;
    expect(file?.name).toBe('bill-of-materials.csv');
    expect(file?.text).toBe(golden('book-bill-of-materials.csv'));
    // Compute: 8 nodes × 16 sticks = 128 sticks of 16 GB; storage: 5 × 12 = 60 OSD drives.
    expect(file?.text).toContain('Compute,8,RAM,16,16,GB,128,');
    expect(file?.text).toContain('Storage,5,"SATA SSD (data, one Ceph OSD each)",12,7.68,TB,60,');
  });

  it('writes the design summary as Markdown with the addressing table, as in the golden file', () => {
    const [file] = exportDesign('markdown', exportInput()).files;
    expect(file?.name).toBe('design-summary.md');
    expect(file?.text).toBe(golden('book-design-summary.md'));
    expect(file?.text).toContain(
      '| External | 203.0.113.0/24 | 233 | /24 | 203.0.113.1 | Controller 203.0.113.3–203.0.113.5; Compute 203.0.113.6–203.0.113.13 |',
    );
  });
});

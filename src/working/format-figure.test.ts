import { describe, expect, it } from 'vitest';
import { formatFigure, formatFigureWithUnit } from './format-figure';

describe('formatFigure', () => {
  it('reads bandwidth, IOPS and counts as whole numbers', () => {
    expect(formatFigure(833.333, 'Mbit/s')).toBe('833');
    expect(formatFigure(13_333.333, 'IOPS')).toBe('13,333');
    expect(formatFigure(374.6, 'VMs')).toBe('375');
    expect(formatFigure(12, 'nodes')).toBe('12');
  });

  it('reads GB, TB and kW to one decimal at most', () => {
    expect(formatFigure(233.333, 'GB')).toBe('233.3');
    expect(formatFigure(11_200, 'GB')).toBe('11,200');
    expect(formatFigure(1.25, 'TB')).toBe('1.3');
    expect(formatFigure(16.4, 'kW')).toBe('16.4');
  });

  it('reads heat as whole BTU/h', () => {
    expect(formatFigure(55_956.8, 'BTU/h')).toBe('55,957');
  });

  it('reads a share as a percentage to one decimal', () => {
    expect(formatFigure(0.961538, 'share')).toBe('96.2 %');
    expect(formatFigure(96.15, '%')).toBe('96.2 %');
  });

  it('puts the unit after the number', () => {
    expect(formatFigureWithUnit(833.333, 'Mbit/s')).toBe('833 Mbit/s');
    expect(formatFigureWithUnit(233.333, 'GB')).toBe('233.3 GB');
    expect(formatFigureWithUnit(0.5, 'share')).toBe('50 %');
  });
});

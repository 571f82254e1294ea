import { describe, expect, it } from 'vitest';
import { haMechanism, quorumStatement } from './ha-text';

describe('quorum statement', () => {
  it.each([
    [1, /^One controller: no high availability/],
    [2, /2 of 2 controllers run: losing either controller stops the quorum/],
    [3, /2 of 3 controllers run: 1 controller may fail without stopping/],
    [4, /3 of 4 controllers run: 1 controller may fail, no more than with 3.*Use an odd number/],
    [5, /3 of 5 controllers run: 2 controllers may fail without stopping/],
  ])('%i controllers', (controllers, expected) => {
    expect(quorumStatement(controllers)).toMatch(expected);
  });

  it('names HAProxy and Pacemaker only where there is something to balance', () => {
    expect(haMechanism(3)).toMatch(/HAProxy.*Pacemaker/);
    expect(haMechanism(1)).toMatch(/^A single controller/);
  });
});

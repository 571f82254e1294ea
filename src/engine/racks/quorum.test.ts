import { describe, expect, it } from 'vitest';
import { quorumOf } from './quorum';

describe('controller quorum', () => {
  it.each([
    [1, 1, 0],
    [2, 2, 0], // two are no safer than one
    [3, 2, 1],
    [4, 3, 1], // the fourth buys nothing
    [5, 3, 2],
  ])('%i controllers need %i and survive %i failures', (members, majority, failuresTolerated) => {
    expect(quorumOf(members)).toEqual({ majority, failuresTolerated });
  });
});

import type { VoteRound } from '@essaim/shared';

/** An open round of room `r1` with the default settings, for unit tests. */
export const testRound = (fields: Partial<VoteRound> = {}): VoteRound => ({
  voteId: 'v1',
  number: 1,
  roomIds: ['r1'],
  scope: { kind: 'board' },
  dotsPerPerson: 3,
  maxPerNote: 1,
  anonymous: true,
  resultsVisible: 'after',
  durationSeconds: null,
  status: 'open',
  openedAt: 1,
  openedBy: 'f',
  closedAt: null,
  votedByRoom: {},
  results: null,
  turnout: null,
  byRoom: null,
  copies: {},
  votersShared: false,
  ...fields,
});

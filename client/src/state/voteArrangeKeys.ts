import { roundCounts, type VoteRound } from '@essaim/shared';
import { shownRoundIn } from './voting/roomRounds';

/**
 * The dots of each note of a room's board in the round its notes show (`shownRoundIn`: a copy of
 * « Garder » counting as the note it copies), or null when they show none — while a round with hidden
 * results is open, nothing is arranged by votes: the arrangement would tell everyone the order.
 */
export function latestRoomCounts(rounds: readonly VoteRound[], roomId: string): ReadonlyMap<string, number> | null {
  const round = shownRoundIn(rounds, roomId);
  return round?.results ? roundCounts(round, roomId) : null;
}

/** « Ranger par votes »: a note's key is its count, none without a dot (« Sans vote »). */
export function voteKey(counts: ReadonlyMap<string, number>, noteId: string): string | null {
  const count = counts.get(noteId) ?? 0;
  return count > 0 ? String(count) : null;
}

/** The keys in the order of their sub-areas: most dots first. */
export function voteKeyOrder(keys: Iterable<string | null>): string[] {
  return [...new Set([...keys].filter((k): k is string => k !== null))].sort((a, b) => Number(b) - Number(a));
}

import type { VoteRound } from '../schema/VoteRound.js';
import { roundCounts } from '../vote/rankResults.js';

/** Whether a round's counts may be seen: closed, or open with live results (the server publishes them only then). */
export function roundResultsSeen(round: Pick<VoteRound, 'results'>): boolean {
  return round.results !== null;
}

/**
 * The dots each note of one room's board shows: the sum, over the rounds of that room whose
 * results may be seen, of its count (a kept copy showing the count of the note it copies).
 * Only notes with at least one dot.
 */
export function roomVotes(rounds: readonly VoteRound[], roomId: string): Map<string, number> {
  const votes = new Map<string, number>();
  for (const round of rounds) {
    if (!round.roomIds.includes(roomId) || !roundResultsSeen(round)) continue;
    for (const [noteId, count] of roundCounts(round, roomId)) if (count > 0) votes.set(noteId, (votes.get(noteId) ?? 0) + count);
  }
  return votes;
}

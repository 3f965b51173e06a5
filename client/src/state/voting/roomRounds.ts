import type { VoteRound } from '@essaim/shared';

/** The round open on this room now, if any (the server keeps at most one per room). */
export function openRoundIn(rounds: readonly VoteRound[], roomId: string): VoteRound | null {
  for (let i = rounds.length - 1; i >= 0; i--) {
    const round = rounds[i]!;
    if (round.status === 'open' && round.roomIds.includes(roomId)) return round;
  }
  return null;
}

/**
 * The round whose counts this room's notes show: the open one (its counts only if they may be
 * seen), else the latest round of the room whose results are out.
 */
export function shownRoundIn(rounds: readonly VoteRound[], roomId: string): VoteRound | null {
  const open = openRoundIn(rounds, roomId);
  if (open) return open;
  for (let i = rounds.length - 1; i >= 0; i--) {
    const round = rounds[i]!;
    if (round.results !== null && round.roomIds.includes(roomId)) return round;
  }
  return null;
}

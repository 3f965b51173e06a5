import { noteInVoteScope, rankResults, type Frame, type Note, type Person, type VoteResult, type VoteRound, type VoteRoomTurnout, type VoteTurnout } from '@essaim/shared';

/** One line of a round's results: a note, its dots, its place (ties share it). */
export interface VoteResultRow {
  noteId: string;
  roomId: string;
  count: number;
  /** 1 for the most dots */
  rank: number;
  /** another note has the same place: « 2e ex æquo » */
  tied: boolean;
  /** the note's text, or null when this screen cannot read it (deleted since, or another room's board) */
  text: string | null;
}

/**
 * The results as listed: the notes with at least one dot, best first, ties sharing their place
 * (the shared `rankResults`); `roomId` keeps one room's notes only, ranked among themselves.
 */
export function voteResultRows(results: readonly VoteResult[], roomId: string | null, textOf: (roomId: string, noteId: string) => string | undefined): VoteResultRow[] {
  const shown = results.filter((r) => r.count > 0 && (roomId === null || r.roomId === roomId));
  const ranked = rankResults(shown);
  const perRank = new Map<number, number>();
  for (const r of ranked) perRank.set(r.rank, (perRank.get(r.rank) ?? 0) + 1);
  return ranked.map((r) => ({ noteId: r.noteId, roomId: r.roomId, count: r.count, rank: r.rank, tied: (perRank.get(r.rank) ?? 0) > 1, text: textOf(r.roomId, r.noteId) ?? null }));
}

/**
 * The notes the round voted on that got no dot, on the boards this screen reads (one room's, or
 * every room's): the ranking leaves them out, « 3 notes sans point ne sont pas classées » says so.
 * A closed round counts the notes there were at its close (not « Garder »'s copies, nor later notes).
 */
export function unrankedNotes(
  round: Pick<VoteRound, 'scope' | 'roomIds' | 'results' | 'copies' | 'closedAt'>,
  boards: ReadonlyMap<string, { notes: ReadonlyMap<string, Note>; frames: readonly Frame[] }>,
  roomId: string | null,
): number {
  let unranked = 0;
  for (const room of round.roomIds) {
    const board = boards.get(room);
    if (!board || (roomId !== null && room !== roomId)) continue;
    const dotted = new Set((round.results ?? []).filter((r) => r.roomId === room && r.count > 0).map((r) => r.noteId));
    for (const note of board.notes.values()) {
      if (dotted.has(note.id) || note.id in round.copies || (round.closedAt !== null && note.createdAt > round.closedAt)) continue;
      if (noteInVoteScope(round.scope, note, board.frames)) unranked += 1;
    }
  }
  return unranked;
}

/** Who may vote in a room: its participants (facilitators and observers do not vote). */
export function roomVoters(people: readonly Person[], roomId: string): number {
  return people.filter((p) => p.role === 'participant' && p.roomId === roomId).length;
}

/**
 * « 12 personnes sur 20 ont voté », per room and in all: at the close the server's count of who
 * could vote; while open, who has voted so far against the rooms' participants now.
 */
export function roundTurnout(round: VoteRound, people: readonly Person[]): { total: VoteTurnout; byRoom: VoteRoomTurnout[] } {
  if (round.turnout && round.byRoom) return { total: round.turnout, byRoom: round.byRoom };
  const byRoom = round.roomIds.map((roomId) => ({ roomId, voted: round.votedByRoom[roomId] ?? 0, eligible: roomVoters(people, roomId), dots: dotsIn(round.results, roomId) }));
  const voted = byRoom.reduce((n, r) => n + r.voted, 0);
  // someone who voted and left the room since still counts among those who could
  const eligible = byRoom.reduce((n, r) => n + Math.max(r.eligible, r.voted), 0);
  return { total: { voted, eligible }, byRoom };
}

const dotsIn = (results: readonly VoteResult[] | null, roomId: string) => (results ?? []).filter((r) => r.roomId === roomId).reduce((n, r) => n + r.count, 0);

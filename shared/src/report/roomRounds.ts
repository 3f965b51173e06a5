import type { Frame } from '../schema/Frame.js';
import type { Group } from '../schema/Group.js';
import type { VoteResult, VoteRound } from '../schema/VoteRound.js';
import { rankResults } from '../vote/rankResults.js';
import { scopeFrame } from '../vote/voteScope.js';
import type { ReportNote, ReportRanked, ReportRound } from './Report.js';
import { roundResultsSeen } from './roomVotes.js';

/** What a room's rounds are read against: its board's zones and clusters, and its notes as printed. */
export interface RoomRoundsBoard {
  frames: readonly Frame[];
  groups: readonly Group[];
  /** note id → the note as the report prints it */
  notes: ReadonlyMap<string, ReportNote>;
}

/** Every round the room took part in, oldest first (`rounds` as `readVoteRounds` gives them), as seen from that room. */
export function roomRounds(rounds: readonly VoteRound[], roomId: string, board: RoomRoundsBoard): ReportRound[] {
  return rounds.filter((round) => round.roomIds.includes(roomId)).map((round) => roomRound(round, roomId, board));
}

/** The room's closed rounds with their results, the most recent first. */
export function roomPriorities(rounds: readonly ReportRound[]): ReportRound[] {
  return rounds
    .filter((round) => round.status === 'closed' && round.results !== null)
    .sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0) || b.number - a.number);
}

function roomRound(round: VoteRound, roomId: string, board: RoomRoundsBoard): ReportRound {
  const out: ReportRound = {
    voteId: round.voteId,
    number: round.number,
    status: round.status,
    scope: round.scope,
    dotsPerPerson: round.dotsPerPerson,
    maxPerNote: round.maxPerNote,
    anonymous: round.anonymous,
    openedAt: round.openedAt,
    closedAt: round.closedAt,
    turnout: null,
    results: roundResultsSeen(round) ? ranked(round, roomId, board.notes) : null,
  };
  const title = scopeTitle(round, board);
  if (title) out.scopeTitle = title;
  const turnout = round.byRoom?.find((t) => t.roomId === roomId);
  if (turnout) out.turnout = { voted: turnout.voted, eligible: turnout.eligible };
  return out;
}

/** A zone round: the zone it means on this board (else the title it was opened with); a cluster round: that cluster here. */
function scopeTitle(round: VoteRound, board: RoomRoundsBoard): string | undefined {
  const scope = round.scope;
  if (scope.kind === 'frame') return scopeFrame(scope, board.frames)?.title || scope.title || undefined;
  if (scope.kind === 'group') return board.groups.find((g) => g.id === scope.groupId)?.title || undefined;
  return undefined;
}

/**
 * The room's notes with at least one dot, best first, ties sharing their rank. A note no longer
 * on the board shows through a kept copy of it, if one is; otherwise it is left out.
 */
function ranked(round: VoteRound, roomId: string, notes: ReadonlyMap<string, ReportNote>): ReportRanked[] {
  const copyOf = new Map<string, string>();
  for (const [copy, original] of Object.entries(round.copies)) if (notes.has(copy) && !copyOf.has(original)) copyOf.set(original, copy);
  const shown = new Map<VoteResult, ReportNote>();
  for (const r of round.results ?? []) {
    if (r.roomId !== roomId || r.count < 1) continue;
    const copy = copyOf.get(r.noteId);
    const note = notes.get(r.noteId) ?? (copy === undefined ? undefined : notes.get(copy));
    if (note) shown.set(r, note);
  }
  const byNote = new Map([...shown].map(([r, note]) => [r.noteId, note]));
  return rankResults([...shown.keys()]).map((r) => ({ rank: r.rank, count: r.count, note: byNote.get(r.noteId)! }));
}

import { frameHoldsNote, type Frame } from '../schema/Frame.js';
import type { Note } from '../schema/Note.js';
import { foldTitle } from '../templates/priorityNeeds.js';
import type { VoteScope } from '../schema/VoteRound.js';

type ScopedNote = Pick<Note, 'id' | 'x' | 'y' | 'width' | 'height' | 'groupId'>;

/**
 * The zone a `frame` scope means on one room's board: the zone itself, else — the same round in
 * another room — its zone of the same title (accents, case and spaces ignored), else none.
 */
export function scopeFrame(scope: Extract<VoteScope, { kind: 'frame' }>, frames: readonly Frame[]): Frame | null {
  const own = frames.find((f) => f.id === scope.frameId);
  if (own) return own;
  const title = foldTitle(scope.title);
  return title === '' ? null : (frames.find((f) => foldTitle(f.title) === title) ?? null);
}

/**
 * Whether a round may take dots on this note of a room's board: any note of the board; one of the
 * notes named; a note lying in the zone (its centre) or a note of the cluster — now, or at the
 * opening (so nobody takes a note out of the vote by moving it away; one moved in joins it). The
 * server decides each dot with it, clients dim what it leaves out.
 */
export function noteInVoteScope(scope: VoteScope, note: ScopedNote, frames: readonly Frame[]): boolean {
  switch (scope.kind) {
    case 'board':
      return true;
    case 'notes':
      return scope.noteIds.includes(note.id);
    case 'frame': {
      if (scope.held?.includes(note.id)) return true;
      const frame = scopeFrame(scope, frames);
      return frame !== null && frameHoldsNote(frame, note);
    }
    case 'group':
      return note.groupId === scope.groupId || (scope.held?.includes(note.id) ?? false);
  }
}

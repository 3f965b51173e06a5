import { freeSpotNear, screenToBoard, type Note, type Rect } from '@essaim/shared';
import { nanoid } from 'nanoid';
import type { BoardServices } from './BoardServices';
import { canCreateNotes } from './noteRights';
import { sayRefused } from './sayRefused';
import { selectMany } from './selection';
import { creationChanges } from './writeCheck';

/**
 * Where drafts that never reached the server go on the board: new notes of this person near the
 * centre of the view, each at a free spot (none covering another, none in a locked zone), with the
 * drafts' text, colour and size.
 */
export function planLeftoverNotes(
  drafts: readonly Note[],
  centre: { x: number; y: number },
  occupied: readonly Rect[],
  ctx: { authorId: string; now: number; newId: () => string },
): Note[] {
  const taken: Rect[] = [...occupied];
  return drafts.map((draft) => {
    const size = { width: draft.width, height: draft.height };
    const spot = freeSpotNear(taken, centre, size);
    const note: Note = {
      id: ctx.newId(),
      text: draft.text,
      color: draft.color,
      x: Math.round(spot.x - size.width / 2),
      y: Math.round(spot.y - size.height / 2),
      ...size,
      authorId: ctx.authorId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    taken.push(note);
    return note;
  });
}

/**
 * « Ajouter au tableau »: the drafts as normal notes, through the board's own write path (judged
 * by the rights table first, one change, one undo step), selected. False, with the reason said,
 * when the board does not take them now (locked, read-only).
 */
export function putLeftoversOnBoard(board: BoardServices, drafts: readonly Note[]): boolean {
  if (!canCreateNotes(board.actor, board.policy.get())) {
    sayRefused(board, 'board is locked');
    return false;
  }
  const { width, height } = board.stageSize.get();
  const centre = screenToBoard(board.viewport.get(), { x: width / 2, y: height / 2 });
  const locked = board.frames.getSnapshot().filter((f) => f.locked);
  const notes = planLeftoverNotes(drafts, centre, [...board.notes.getSnapshot(), ...locked], {
    authorId: board.actor.participantId,
    now: Date.now(),
    newId: nanoid,
  });
  const reason = board.permits(creationChanges(notes, []));
  if (reason) {
    sayRefused(board, reason);
    return false;
  }
  board.undo.stopCapturing();
  board.actions.putEntries({ notes, links: [] });
  board.undo.stopCapturing();
  board.selection.set((s) => selectMany(s, notes.map((n) => n.id)));
  return true;
}

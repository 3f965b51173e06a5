import { BOARD_MAP_NAMES, NOTE_DEFAULT_SIZE, type EntryChange, type Note, type Point } from '@essaim/shared';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import type { BoardServices } from './BoardServices';
import { reasonMessage } from './refusalMessage';

/**
 * Why the server would refuse moving these notes to these positions, or null: asked before a
 * drop is written, so a note dragged into a locked zone goes back instead of getting the board's
 * update refused (which costs a reload of the board).
 */
export function noteMoveRefusal(board: Pick<BoardServices, 'notes' | 'permits'>, positions: ReadonlyMap<string, Point>): string | null {
  const changes: EntryChange[] = [];
  for (const [id, p] of positions) {
    const note = board.notes.get(id);
    if (note) changes.push({ map: BOARD_MAP_NAMES.notes, key: id, before: note, after: { ...note, x: Math.round(p.x), y: Math.round(p.y) } });
  }
  return board.permits(changes);
}

/** The rights table's reason a move is refused, in one toast (a new refusal replaces the last one). */
export function showMoveRefusal(board: Pick<BoardServices, 'actor' | 'policy'>, reason: string): void {
  const { key, values } = reasonMessage(board.actor, board.policy.get(), reason);
  toast.info(translate(key, values), { id: 'rights' });
}

/** Why the server would refuse a new note of this user centred on `center` (inside a locked zone, say), or null. */
export function newNoteRefusal(board: Pick<BoardServices, 'actor' | 'permits'>, center: Point): string | null {
  const half = NOTE_DEFAULT_SIZE / 2;
  const probe: Note = {
    id: 'probe',
    text: '',
    color: 'yellow',
    x: Math.round(center.x - half),
    y: Math.round(center.y - half),
    width: NOTE_DEFAULT_SIZE,
    height: NOTE_DEFAULT_SIZE,
    authorId: board.actor.participantId,
    createdAt: 1,
    updatedAt: 1,
  };
  return board.permits([{ map: BOARD_MAP_NAMES.notes, key: probe.id, before: undefined, after: probe }]);
}

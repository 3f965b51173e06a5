import { BOARD_MAP_NAMES } from '@essaim/shared';
import type { BoardServices } from './BoardServices';

/**
 * The editor of a note closed without a key typed: when this person just created that note (its
 * creation is still this tab's last step and nobody changed it since) and it is empty, it goes,
 * and its creation with it, as if it had never been made (as in Miro or Klaxoon). Someone
 * else's note, an older one, or one typed in and emptied again stays. True when it went.
 */
export function dropUntouchedNote(board: Pick<BoardServices, 'notes' | 'undo' | 'actor'>, id: string): boolean {
  const note = board.notes.get(id);
  if (!note || note.text !== '' || note.authorId !== board.actor.participantId) return false;
  return board.undo.retract(BOARD_MAP_NAMES.notes, id);
}

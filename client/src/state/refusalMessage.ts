import type { Actor } from '@essaim/shared';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import type { BoardServices } from './BoardServices';
import { lockedZoneOf } from './lockedZones';
import type { EffectivePolicy } from './TimerLockedPolicy';

/** What was refused: writing in, recolouring or deleting a note. */
export type RefusedAction = 'edit' | 'recolour' | 'remove';

export interface Message {
  key: string;
  values?: Record<string, string>;
}

/** Why the board's rules (the same the server applies) refuse this change, as a translation key; `inLockedZone`: the note lies in a locked zone. */
export function refusalMessage(actor: Actor, policy: EffectivePolicy, action: RefusedAction, inLockedZone = false): Message {
  if (actor.role === 'observer') return { key: 'rights.readOnly' };
  if (policy.locked && actor.role !== 'facilitator') {
    if (policy.timeUp) return { key: 'timer.lockedTimeUp' };
    return policy.lockedBy ? { key: 'rights.lockedBy', values: { name: policy.lockedBy } } : { key: 'rights.locked' };
  }
  if (inLockedZone && actor.role !== 'facilitator') return { key: 'rights.lockedZone' };
  return { key: action === 'recolour' ? 'rights.recolourOwn' : 'note.notYours' };
}

/** Says no, in one toast (a new refusal replaces the last one); with `noteId`, a note in a locked zone says so. */
export function showRefusal(board: BoardServices, action: RefusedAction, noteId?: string): void {
  const note = noteId === undefined ? undefined : board.notes.get(noteId);
  const zoned = note !== undefined && lockedZoneOf(board.frames.getSnapshot(), note) !== undefined;
  const { key, values } = refusalMessage(board.actor, board.policy.get(), action, zoned);
  toast.info(translate(key, values), { id: 'rights' });
}

/** The rights table's reason for a refusal, in the user's words. */
export function reasonMessage(actor: Actor, policy: EffectivePolicy, reason: string): Message {
  if (actor.role === 'observer' || /board is locked/.test(reason)) return refusalMessage(actor, policy, 'edit');
  if (/locked zone/.test(reason)) return { key: 'rights.lockedZone' };
  if (/link joins/.test(reason)) return { key: 'rights.linkEnds' };
  if (/move own notes|regroup/.test(reason)) return { key: 'rights.moveOwn' };
  if (/participants cannot change/.test(reason)) return { key: 'rights.facilitatorsOnly' };
  return { key: 'note.notYours' };
}

/** An undo or redo that the server would refuse was not applied: why, in one toast. */
export function showUndoRefusal(board: BoardServices, what: 'undo' | 'redo', reason: string): void {
  const { key, values } = reasonMessage(board.actor, board.policy.get(), reason);
  toast.info(translate(what === 'undo' ? 'undo.refused' : 'undo.redoRefused', { reason: translate(key, values) }), { id: 'rights' });
}

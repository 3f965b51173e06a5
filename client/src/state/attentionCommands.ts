import type { FocusKind } from '@essaim/shared';
import { claimLead } from './attentionView';
import { attentionSender, boardAttention } from './boardAttention';
import type { BoardServices } from './BoardServices';
import { clusterOfSelection } from './clusterCommands';

export interface FocusTarget {
  kind: FocusKind;
  id: string;
}

/**
 * What « Mettre en lumière » would put in the spotlight: the selection when it is one note, the
 * notes of one cluster exactly (a click on its title), or one zone; otherwise nothing.
 */
export function focusTarget(board: BoardServices): FocusTarget | null {
  const { ids, others } = board.selection.get();
  const othersCount = others.frames.size + others.links.size + others.labels.size;
  if (ids.size > 0 && othersCount === 0) {
    const cluster = clusterOfSelection(board.notes.getSnapshot(), ids);
    if (cluster) return { kind: 'group', id: cluster };
    return ids.size === 1 ? { kind: 'note', id: [...ids][0]! } : null;
  }
  if (ids.size === 0 && others.frames.size === 1 && othersCount === 1) return { kind: 'frame', id: [...others.frames][0]! };
  return null;
}

/** Whether this person directs the room's attention: a facilitator's board in a workshop. */
export function mayDirectAttention(board: BoardServices): boolean {
  return attentionSender(board).get() !== null;
}

/** Whether `target` is what the room's spotlight is on now. */
export function isFocused(board: BoardServices, target: FocusTarget | null): boolean {
  const { focus } = boardAttention(board).get();
  return target !== null && focus !== null && focus.kind === target.kind && focus.id === target.id;
}

/** « Mettre en lumière » the selection for the whole room. */
export function focusSelection(board: BoardServices): Promise<boolean> {
  const target = focusTarget(board);
  const send = attentionSender(board).get();
  return target && send ? send({ focus: target }) : Promise.resolve(false);
}

/** « Fin de la mise en lumière ». */
export function endFocus(board: BoardServices): Promise<boolean> {
  const send = attentionSender(board).get();
  return send ? send({ focus: null }) : Promise.resolve(false);
}

/** « Suivez-moi » (on) or « Arrêter » (off): the room's views follow this facilitator's, or nobody's. */
export function setFollowMe(board: BoardServices, on: boolean): Promise<boolean> {
  const send = attentionSender(board).get();
  if (!send) return Promise.resolve(false);
  claimLead(board, on);
  return send({ follow: on });
}

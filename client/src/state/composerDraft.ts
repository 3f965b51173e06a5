import { deviceStorage } from './deviceStorage';

export const DRAFT_KEY_PREFIX = 'essaim.draft.';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Which board a draft belongs to: a participant moved to another room finds that room's draft. */
export interface DraftBoard {
  workshopId: string;
  roomId: string;
}

export function draftKey(board: DraftBoard): string {
  return `${DRAFT_KEY_PREFIX}${board.workshopId}.${board.roomId}`;
}

/** The text typed in « Nouvelle note » and not added yet, kept through a reload; '' when none. */
export function loadDraft(board: DraftBoard, storage: KeyValue | null = deviceStorage()): string {
  try {
    return storage?.getItem(draftKey(board)) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the draft as typed; an empty one (added, or erased) leaves nothing behind. */
export function saveDraft(board: DraftBoard, text: string, storage: KeyValue | null = deviceStorage()): void {
  try {
    if (text === '') storage?.removeItem(draftKey(board));
    else storage?.setItem(draftKey(board), text);
  } catch {
    // quota or disabled storage: the draft stays in the field until the page goes
  }
}

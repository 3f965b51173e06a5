import type { Broadcast } from '@essaim/shared';

export const DISMISSED_KEY_PREFIX = 'essaim.broadcast.dismissed.';

/** The banner shows a message until this person closes it; a new message shows again. */
export function isBannerVisible(broadcast: Broadcast | null, dismissedId: string | null): broadcast is Broadcast {
  return broadcast !== null && broadcast.text.trim() !== '' && broadcast.id !== dismissedId;
}

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): KeyValue | null {
  try {
    // not sessionStorage: a phone relaunching the page, or a new tab, counts as a new session there
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Last message id closed on this device for this workshop (kept through reloads, tabs and relaunches). */
export function loadDismissed(workshopId: string, storage = defaultStorage()): string | null {
  try {
    return storage?.getItem(DISMISSED_KEY_PREFIX + workshopId) ?? null;
  } catch {
    return null;
  }
}

export function saveDismissed(workshopId: string, broadcastId: string, storage = defaultStorage()): void {
  try {
    storage?.setItem(DISMISSED_KEY_PREFIX + workshopId, broadcastId);
  } catch {
    // storage refused: the banner is still closed until the page reloads
  }
}

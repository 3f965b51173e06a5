import type { Broadcast } from '@essaim/shared';
import { deviceStorage, type KeyValue } from './deviceStorage';

export const DISMISSED_KEY_PREFIX = 'essaim.broadcast.dismissed.';

/** The banner shows a message until this person closes it; a new message shows again. */
export function isBannerVisible(broadcast: Broadcast | null, dismissedId: string | null): broadcast is Broadcast {
  return broadcast !== null && broadcast.text.trim() !== '' && broadcast.id !== dismissedId;
}

/** Last message id closed on this device for this workshop (kept through reloads, tabs and relaunches). */
export function loadDismissed(workshopId: string, storage: KeyValue | null = deviceStorage()): string | null {
  try {
    return storage?.getItem(DISMISSED_KEY_PREFIX + workshopId) ?? null;
  } catch {
    return null;
  }
}

export function saveDismissed(workshopId: string, broadcastId: string, storage: KeyValue | null = deviceStorage()): void {
  try {
    storage?.setItem(DISMISSED_KEY_PREFIX + workshopId, broadcastId);
  } catch {
    // storage refused: the banner is still closed until the page reloads
  }
}

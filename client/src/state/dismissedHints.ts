import { deviceStorage, type KeyValue } from './deviceStorage';

export const HINT_KEY_PREFIX = 'essaim.hint.dismissed.';

/** Whether the hint `name` was closed on this device (any workshop: it teaches the app, not a board). */
export function isHintDismissed(name: string, storage: KeyValue | null = deviceStorage()): boolean {
  try {
    return storage?.getItem(HINT_KEY_PREFIX + name) != null;
  } catch {
    return false;
  }
}

export function dismissHint(name: string, storage: KeyValue | null = deviceStorage()): void {
  try {
    storage?.setItem(HINT_KEY_PREFIX + name, '1');
  } catch {
    // storage refused: the hint is still closed until the page reloads
  }
}

import { createStore } from './createStore';
import { deviceStorage, type KeyValue } from './deviceStorage';

export const TIMER_SOUND_KEY = 'essaim.timerSound';

/** Whether this device plays a sound when a timer ends: off unless someone turned it on here. */
export function readTimerSound(storage: KeyValue | null = deviceStorage()): boolean {
  try {
    return storage?.getItem(TIMER_SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

export function writeTimerSound(on: boolean, storage: KeyValue | null = deviceStorage()): void {
  try {
    storage?.setItem(TIMER_SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // storage refused: the choice lasts as long as the page
  }
}

/** The sound setting of this device, shared by every timer on screen. */
export const timerSound = createStore<boolean>(readTimerSound());

export function setTimerSound(on: boolean): void {
  writeTimerSound(on);
  timerSound.set(on);
}

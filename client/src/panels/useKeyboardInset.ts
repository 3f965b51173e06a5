import { useSyncExternalStore } from 'react';
import { keyboardInset } from './keyboardInset';

const read = () => keyboardInset(document.documentElement.clientHeight, window.visualViewport);

function subscribe(listener: () => void): () => void {
  const vv = window.visualViewport;
  if (!vv) return () => undefined;
  vv.addEventListener('resize', listener);
  vv.addEventListener('scroll', listener);
  return () => {
    vv.removeEventListener('resize', listener);
    vv.removeEventListener('scroll', listener);
  };
}

const none = () => () => undefined;
const zero = () => 0;

/**
 * Pixels of the page hidden under the on-screen keyboard (`visualViewport`), so a phone layout
 * can lift its bottom edge — and the field being typed in — above it. 0 when `active` is false.
 */
export function useKeyboardInset(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : none, active ? read : zero, zero);
}

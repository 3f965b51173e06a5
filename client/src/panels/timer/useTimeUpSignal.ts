import type { TimerView } from '@essaim/shared';
import { useEffect, useRef, useState } from 'react';
import { timerSound } from '../../state/timerSound';
import { playTimeUpTone, primeTone } from './timeUpTone';

/**
 * At the moment a countdown seen running on this screen ends: the sentence to announce (once: it
 * is cleared when the timer goes on) and, if this device has the sound on, a soft tone. A timer
 * already over when the page opens rings nothing.
 */
export function useTimeUpSignal(view: TimerView, message: string): string {
  const [said, setSaid] = useState('');
  // the end time of the countdown this screen saw running: only its end is signalled
  const seenRunning = useRef<number | null>(null);
  const { done, endsAt } = view;
  useEffect(() => {
    if (!done) {
      seenRunning.current = endsAt;
      setSaid('');
    } else if (endsAt !== null && seenRunning.current === endsAt) {
      seenRunning.current = null;
      setSaid(message);
      if (timerSound.get()) playTimeUpTone();
    }
  }, [done, endsAt, message]);
  useEffect(() => {
    // the sound was turned on in an earlier visit: the first tap or key of this one lets it play
    const prime = () => timerSound.get() && primeTone();
    window.addEventListener('pointerdown', prime, { once: true });
    window.addEventListener('keydown', prime, { once: true });
    return () => {
      window.removeEventListener('pointerdown', prime);
      window.removeEventListener('keydown', prime);
    };
  }, []);
  return said;
}

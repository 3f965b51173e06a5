import { TIMER_SECONDS_MAX, TIMER_SECONDS_MIN } from '@essaim/shared';

/**
 * A duration typed in minutes (« 7 », « 1,5 » or « 1.5 ») as the whole seconds the API takes,
 * or null when it is not a duration from 1 s to 2 h.
 */
export function timerMinutesToSeconds(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d*\.?\d+$|^\d+\.$/.test(normalized)) return null;
  const seconds = Math.round(Number(normalized) * 60);
  return seconds >= TIMER_SECONDS_MIN && seconds <= TIMER_SECONDS_MAX ? seconds : null;
}

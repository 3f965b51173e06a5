import type { TimerView } from '@essaim/shared';
import { formatRemaining } from './formatRemaining';

/** What a timer display shows: nothing, a countdown, a frozen countdown, or the end. */
export type TimerState = 'stopped' | 'running' | 'paused' | 'done';

export function timerState(view: TimerView): TimerState {
  if (!view.running) return 'stopped';
  if (view.paused) return 'paused';
  return view.done ? 'done' : 'running';
}

/** The timer in a sentence (a translation key and its values), for a button's name or a popover's status line. */
export function timerSentence(view: TimerView): { key: string; values?: Record<string, string> } {
  const time = formatRemaining(view.remainingMs);
  switch (timerState(view)) {
    case 'stopped':
      return { key: 'timer.stopped' };
    case 'paused':
      return { key: 'timer.pausedSentence', values: { time } };
    case 'done':
      return { key: 'timer.timeUp' };
    default:
      return { key: 'timer.runningSentence', values: { time } };
  }
}

import { timerView, type Timer } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { timerSentence, timerState } from './timerState';

const base: Timer = { roomId: 'r1', running: true, paused: false, endsAt: 200_000, remainingMs: 180_000, durationMs: 180_000, lockAtEnd: false, startedBy: 'f1', updatedAt: 20_000 };

describe('timerState and timerSentence', () => {
  it('say what a room’s timer shows at a given server time', () => {
    expect(timerState(timerView(undefined, 0))).toBe('stopped');
    expect(timerSentence(timerView(undefined, 0))).toEqual({ key: 'timer.stopped' });

    const running = timerView(base, 22_000);
    expect(timerState(running)).toBe('running');
    expect(timerSentence(running)).toEqual({ key: 'timer.runningSentence', values: { time: '02:58' } });

    const paused = timerView({ ...base, paused: true, endsAt: null, remainingMs: 65_000 }, 999_999);
    expect(timerState(paused)).toBe('paused');
    expect(timerSentence(paused)).toEqual({ key: 'timer.pausedSentence', values: { time: '01:05' } });

    const ended = timerView(base, 200_000);
    expect(timerState(ended)).toBe('done');
    expect(timerSentence(ended)).toEqual({ key: 'timer.timeUp' });
  });
});

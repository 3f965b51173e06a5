import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseTimer, validateTimer, type Timer } from './Timer.js';
import { readTimer, readTimers, workshopMaps, writeWorkshop } from './workshopMaps.js';

const T = 1_700_000_000_000;
const running: Timer = { roomId: 'r1', running: true, paused: false, endsAt: T + 60_000, remainingMs: 60_000, durationMs: 60_000, lockAtEnd: false, startedBy: 'f1', updatedAt: T };

describe('timers', () => {
  it('reads the three states and nothing in between', () => {
    expect(validateTimer('r1', running)).toEqual(running);
    expect(parseTimer({ ...running, paused: true, endsAt: null })).not.toBeNull();
    expect(parseTimer({ ...running, running: false, endsAt: null, remainingMs: 0 })).not.toBeNull();
    // counting down without an end, paused with one, stopped with time left or paused
    expect(parseTimer({ ...running, endsAt: null })).toBeNull();
    expect(parseTimer({ ...running, paused: true })).toBeNull();
    expect(parseTimer({ ...running, running: false, endsAt: null })).toBeNull();
    expect(parseTimer({ ...running, running: false, paused: true, endsAt: null, remainingMs: 0 })).toBeNull();
  });

  it('refuses what is out of range, and extra fields as written', () => {
    expect(parseTimer({ ...running, remainingMs: 7_200_001 })).toBeNull();
    expect(parseTimer({ ...running, remainingMs: -1 })).toBeNull();
    expect(parseTimer({ ...running, endsAt: Number.POSITIVE_INFINITY })).toBeNull();
    expect(parseTimer({ ...running, roomId: '__proto__' })).toBeNull();
    expect(validateTimer('r1', { ...running, extra: 1 })).toBeNull();
    expect(validateTimer('r2', running)).toBeNull();
  });

  it('are read from the workshop document by room, unreadable entries left out', () => {
    const doc = new Y.Doc();
    writeWorkshop(doc, { timers: [running, { ...running, roomId: 'r2', lockAtEnd: true }] });
    workshopMaps(doc).timers.set('r3', { junk: true });
    workshopMaps(doc).timers.set('r4', { ...running });
    expect(readTimer(doc, 'r1')).toEqual(running);
    expect([...readTimers(doc).keys()]).toEqual(['r1', 'r2']);
    expect(readTimer(doc, 'r4')).toBeUndefined();
  });
});

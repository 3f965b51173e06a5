import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { FORGET_PRESENCE_AFTER_MS, forgetPresences } from './forgetPresences.js';

describe('forgetPresences', () => {
  it('forgets the clocks of presences withdrawn a minute ago, keeps the present and the recent', () => {
    const room = new Awareness(new Y.Doc());
    room.setLocalState(null);
    const ids = [1, 2, 3].map(() => {
      const client = new Awareness(new Y.Doc());
      client.setLocalState({ cursor: { x: 1, y: 1 } });
      applyAwarenessUpdate(room, encodeAwarenessUpdate(client, [client.clientID]), 'test');
      return client.clientID;
    });
    removeAwarenessStates(room, [ids[0]!, ids[1]!], 'test');
    const withdrawnAt = room.meta.get(ids[0]!)!.lastUpdated;
    room.meta.get(ids[1]!)!.lastUpdated = withdrawnAt + 30_000;

    expect(forgetPresences(room, withdrawnAt + FORGET_PRESENCE_AFTER_MS)).toBe(1);
    expect(room.meta.has(ids[0]!)).toBe(false);
    // withdrawn 30 s later: kept; present: kept whatever its age
    expect(room.meta.has(ids[1]!)).toBe(true);
    expect(room.meta.has(ids[2]!)).toBe(true);
    expect(room.meta.has(room.clientID)).toBe(true);
    room.destroy();
  });
});

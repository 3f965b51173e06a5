import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { cursorOf, openPresenceScene, present } from './presenceScene.js';
import { waitFor } from './providers.js';
import { openRawSocket } from './rawSocket.js';

const AWARENESS = 1;
const MOVES = 30;

/** How many awareness frames a raw socket has received, and the presences they carried. */
function presenceFrames(messages: Buffer[], from: number): { frames: number; entries: number } {
  let frames = 0;
  let entries = 0;
  for (const m of messages.slice(from)) {
    const decoder = decoding.createDecoder(new Uint8Array(m));
    if (decoding.readVarUint(decoder) !== AWARENESS) continue;
    frames++;
    entries += decoding.readVarUint(decoding.createDecoder(decoding.readVarUint8Array(decoder)));
  }
  return { frames, entries };
}

describe('presence relay', () => {
  it('sends a busy room’s cursors in batches, each presence once with its latest state, not a frame per move', async () => {
    const { scene, docName, lina, marc, animation } = await openPresenceScene();
    const movers = [await present(scene, docName, lina), await present(scene, docName, marc), await present(scene, docName, animation)];
    const watcher = openRawSocket(scene.server.wsUrl, docName, animation.token);
    await watcher.opened;
    await waitFor(() => presenceFrames(watcher.messages, 0).entries >= movers.length, 5000, 'the watcher to learn who is here');
    const before = watcher.messages.length;

    // Three people move their cursors 30 times each, as fast as their clients send.
    for (let i = 1; i <= MOVES; i++) for (const p of movers) p.provider.awareness.setLocalStateField('cursor', { x: i, y: i });
    const others = await present(scene, docName, lina);
    await waitFor(() => movers.every((p) => cursorOf(others, p.doc.clientID)?.x === MOVES), 5000, 'every last cursor position');
    await waitFor(() => presenceFrames(watcher.messages, before).entries >= movers.length, 5000, 'the watcher to hear the moves');
    await new Promise((r) => setTimeout(r, 200));

    const { frames, entries } = presenceFrames(watcher.messages, before);
    // One frame per change would be 90 (and 90 for every other connection in the room).
    expect(frames).toBeLessThan(12);
    expect(entries).toBeLessThan(MOVES * movers.length / 3);
    for (const p of movers) expect(cursorOf(others, p.doc.clientID)).toEqual({ x: MOVES, y: MOVES });
  });
});

import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Connection } from './Connection.js';
import { PresenceRelay } from './PresenceRelay.js';

/** Presences named in one relayed frame. */
function presencesIn(frame: Uint8Array): number {
  const d = decoding.createDecoder(frame);
  decoding.readVarUint(d); // message type
  return decoding.readVarUint(decoding.createDecoder(decoding.readVarUint8Array(d)));
}

function room(connections: number) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState(null);
  const frames: Uint8Array[] = [];
  const conns = Array.from({ length: connections }, (_, i) => ({ send: (m: Uint8Array) => i === 0 && frames.push(m) }) as unknown as Connection);
  /** `count` presences of `bytes` JSON bytes each, as if clients had sent them */
  const arrive = (count: number, bytes: number): number[] => {
    const ids: number[] = [];
    for (let n = 0; n < count; n++) {
      const other = new Awareness(new Y.Doc());
      other.setLocalState({ pad: 'x'.repeat(bytes) });
      applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'test');
      ids.push(other.clientID);
    }
    return ids;
  };
  return { awareness, frames, conns, arrive };
}

describe('PresenceRelay', () => {
  it('puts at most its byte budget of presence in one frame, the rest in the next ones', async () => {
    const { awareness, frames, conns, arrive } = room(2);
    const relay = new PresenceRelay(awareness, conns, { intervalMs: 10, maxPerFrame: 40, maxFrameBytes: 32 * 1024, bytesPerSecond: 1e9 });
    relay.changed(arrive(10, 10_000));
    expect(frames).toHaveLength(1);
    expect(presencesIn(frames[0]!)).toBe(3);
    await new Promise((r) => setTimeout(r, 100));
    expect(frames.map(presencesIn).reduce((a, b) => a + b)).toBe(10);
    expect(frames.every((f) => f.byteLength < 40 * 1024)).toBe(true);
    relay.destroy();
  });

  it('waits longer between frames when big frames go to many connections', async () => {
    const { awareness, frames, conns, arrive } = room(500);
    // a 16 KB frame to 500 connections is 8 MB: at 32 MB/s, a quarter of a second before the next
    const relay = new PresenceRelay(awareness, conns, { intervalMs: 50, maxPerFrame: 40, maxFrameBytes: 16 * 1024, bytesPerSecond: 32 * 1024 * 1024 });
    const started = performance.now();
    relay.changed(arrive(4, 15_000));
    while (frames.length < 2) await new Promise((r) => setTimeout(r, 5));
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    relay.destroy();
  });
});

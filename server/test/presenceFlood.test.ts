import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@essaim/shared';
import { cursorOf, openPresenceScene, present, seen } from './presenceScene.js';
import { waitFor } from './providers.js';
import { awarenessFrame, openRawClient, type RawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';

const ATTACKER_ID = 1_000;
const QUERY_AWARENESS = Uint8Array.of(3);

/** Asks the server for the room's presences: true once it answers, false if it closed the socket instead. */
async function answers(raw: RawClient): Promise<boolean> {
  const before = raw.messages.length;
  raw.socket.send(QUERY_AWARENESS);
  await waitFor(() => raw.messages.length > before || raw.socket.readyState !== raw.socket.OPEN, 5000, 'an answer or a close');
  return raw.messages.length > before;
}

async function floodScene() {
  const { scene, docName, lina, marc } = await openPresenceScene();
  const watcher = await present(scene, docName, marc);
  const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);
  raw.sendAwareness([{ clientId: ATTACKER_ID, clock: 1, state: { user: lina.user, cursor: { x: 1, y: 1 } } }]);
  await waitFor(() => watcher.provider.awareness.getStates().has(ATTACKER_ID), 5000, 'the attacker’s own presence');
  return { scene, docName, lina, marc, watcher, raw };
}

describe('presence frames that change nothing', () => {
  it('closes with 4400 a socket sending a 0.87 MB presence frame that changes nothing, at the first one', async () => {
    const { lina, watcher, raw } = await floodScene();
    // Its own presence again, at the clock the server already has: a no-op, but 0.87 MB of it.
    const frame = awarenessFrame([{ clientId: ATTACKER_ID, clock: 1, state: { user: lina.user, pad: 'x'.repeat(870_000) } }]);
    expect(frame.byteLength).toBeGreaterThan(870_000);
    raw.socket.send(frame);
    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.BadMessage);
    expect(watcher.closeCodes).toEqual([]);
  });

  it('closes with 1008 a socket flooding small frames that change nothing', async () => {
    const { lina, watcher, raw } = await floodScene();
    const echo = awarenessFrame([{ clientId: ATTACKER_ID, clock: 1, state: { user: lina.user, cursor: { x: 1, y: 1 } } }]);

    for (let i = 0; i < 5_000; i++) raw.socket.send(echo);

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RateLimited);
    expect(watcher.closeCodes).toEqual([]);
  });

  it('counts the own states of all of one person’s sockets together, and closes with 1008 past their budget', async () => {
    const { scene, docName, lina, watcher, raw } = await floodScene();
    const second = await openRawClient(scene.server.wsUrl, docName, lina.token);
    // states that change each time, 15 KB each: 1.5 MB from each socket, under each socket's own byte budget
    const pad = 'x'.repeat(15_000);
    const sockets = [
      { raw, clientId: ATTACKER_ID },
      { raw: second, clientId: ATTACKER_ID + 1 },
    ];
    for (let clock = 2; clock < 102; clock++) {
      for (const { raw: socket, clientId } of sockets) {
        if (socket.socket.readyState !== socket.socket.OPEN) continue;
        socket.socket.send(awarenessFrame([{ clientId, clock, state: { user: lina.user, cursor: { x: clock, y: 0 }, pad } }]));
      }
    }
    const codes = await Promise.all(sockets.map(async ({ raw: socket }) => (await closeOf(socket)).code));
    expect(codes).toContain(CLOSE_CODES.RateLimited);
    expect(watcher.closeCodes).toEqual([]);
  });

  it('closes at once a socket whose presence message is bigger than any echo, and sends a newcomer the room in frames it can echo', async () => {
    const { scene, docName, lina, marc, watcher, raw } = await floodScene();
    raw.socket.send(awarenessFrame([{ clientId: ATTACKER_ID, clock: 1, state: { user: lina.user, pad: 'x'.repeat(300_000) } }]));
    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.BadMessage);
    // 30 people dragging 100 notes each (9 KB states): a newcomer gets them in frames of at most 64 KiB of states
    const drag = Object.fromEntries(Array.from({ length: 100 }, (_, n) => [String(n).padStart(64, 'n'), { x: n, y: n }]));
    const people = [];
    for (let i = 0; i < 30; i++) {
      const joined = await scene.join(`Personne ${i}`);
      const person = await openRawClient(scene.server.wsUrl, docName, joined.token);
      person.sendAwareness([{ clientId: 5_000 + i, clock: 1, state: { user: { id: joined.participantId, name: `Personne ${i}` }, cursor: { x: i, y: 0 }, drag } }]);
      people.push(person);
    }
    await waitFor(() => watcher.provider.awareness.getStates().size >= 31, 10_000, 'the 30 presences and his own');
    const newcomer = await openRawClient(scene.server.wsUrl, docName, marc.token);
    await waitFor(() => newcomer.messages.filter((m) => m[0] === 1).length >= 4, 5000, 'the room’s presences');
    const frames = newcomer.messages.filter((m) => m[0] === 1);
    expect(Math.max(...frames.map((m) => m.byteLength))).toBeLessThan(100_000);
    expect(people.every((p) => p.socket.readyState === p.socket.OPEN)).toBe(true);
  });

  it('keeps standard providers connected through seconds of cursors and drags, everyone echoing everyone', async () => {
    const { scene, docName, lina, marc, animation } = await openPresenceScene();
    const observer = await scene.invite('observer', 'Observatoire');
    const people = [lina, marc, animation, { user: { id: observer.participantId, name: 'Observatoire', color: '#f2cc8f' }, token: observer.token }];
    const providers = await Promise.all(people.map((person) => present(scene, docName, person)));
    const drag = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, { x: i, y: i }]));

    for (let step = 1; step <= 60; step++) {
      providers.forEach((p, i) => {
        p.provider.awareness.setLocalStateField('cursor', { x: step, y: i });
        if (i < 2 && step % 2 === 0) p.provider.awareness.setLocalStateField('drag', drag);
      });
      await new Promise((r) => setTimeout(r, 50));
    }

    for (const by of providers) for (const of of providers) if (by !== of) await seen(by, of, { x: 60, y: providers.indexOf(of) });
    expect(providers.map((p) => p.closeCodes)).toEqual(providers.map(() => []));
    expect(cursorOf(providers[3]!, providers[0]!.doc.clientID)).toEqual({ x: 60, y: 0 });
  });
});

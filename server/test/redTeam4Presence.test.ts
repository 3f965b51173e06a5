import { describe, expect, it } from 'vitest';
import { boardMaps, readBoardPolicy, setBoardPolicy } from '@essaim/shared';
import { sampleNote } from './openBoard.js';
import { openPresenceScene, present, seen } from './presenceScene.js';
import { waitFor, type TestProvider } from './providers.js';
import { awarenessFrame, openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';
import type { WorkshopScene } from './workshopScene.js';

/** Red team 4 (see redTeam4.test.ts): live drags forged in presence, and what a presence change costs the server. */
type Shown = { cursor?: { x: number; y: number }; drag?: Record<string, unknown> | null; dragZones?: Record<string, unknown> | null } | undefined;
/** A client id no provider of the test uses (Yjs picks 32-bit random ones). */
const RAW_ID = 17;

/** Marc watching, the facilitator present: her note, Lina's note, and Lina's note in a locked zone. */
async function dragScene() {
  const base = await openPresenceScene();
  const watcher = await present(base.scene, base.docName, base.marc);
  const facilitator = await present(base.scene, base.docName, base.animation);
  await seen(watcher, facilitator);
  const maps = boardMaps(facilitator.doc);
  facilitator.doc.transact(() => {
    maps.frames.set('z-lock', { id: 'z-lock', title: 'Votes clos', x: 5000, y: 0, width: 800, height: 600, color: 'grey', locked: true });
    maps.notes.set('n-anim', sampleNote('n-anim', base.animation.user.id, { x: 0, y: 0 }));
    maps.notes.set('n-lina', sampleNote('n-lina', base.lina.user.id, { x: 400, y: 0 }));
    maps.notes.set('n-locked', sampleNote('n-locked', base.lina.user.id, { x: 5100, y: 100 }));
  });
  await waitFor(() => boardMaps(watcher.doc).notes.size === 3, 5000, 'the notes to reach Marc');
  return { ...base, watcher, facilitator };
}

/** What Marc sees of the raw presence once a state marked by `cursor.x` has reached him. */
async function shownTo(watcher: TestProvider, x: number): Promise<Shown> {
  await waitFor(() => (watcher.provider.awareness.getStates().get(RAW_ID) as Shown)?.cursor?.x === x, 5000, 'the forged presence to reach Marc');
  return watcher.provider.awareness.getStates().get(RAW_ID) as Shown;
}

const FAR = { x: -900_000, y: -900_000 };

describe('red team 4: forged live drags in presence', () => {
  it('does not let an observer show anybody’s note dragged away (the board is read-only to them)', async () => {
    const { scene, docName, watcher } = await dragScene();
    const obs = await scene.invite('observer', 'Observatoire');
    const raw = await openRawClient(scene.server.wsUrl, docName, obs.token);
    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: { id: obs.participantId, name: 'Observatoire', color: '#f2cc8f' }, cursor: { x: 1, y: 1 }, drag: { 'n-anim': FAR, 'n-lina': FAR } } }]);
    expect((await shownTo(watcher, 1))?.drag ?? null).toBeNull();
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });

  it('does not let a participant show notes dragged on a locked board', async () => {
    const { scene, docName, lina, watcher, facilitator } = await dragScene();
    setBoardPolicy(facilitator.doc, { locked: true });
    await waitFor(() => readBoardPolicy(watcher.doc).locked, 5000, 'the lock to reach Marc');
    const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);
    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: lina.user, cursor: { x: 2, y: 2 }, drag: { 'n-anim': FAR, 'n-lina': FAR } } }]);
    expect((await shownTo(watcher, 2))?.drag ?? null).toBeNull();
  });

  it('shows a participant’s drag of her own note, not of the facilitator’s (moveAll off) nor of one in a locked zone', async () => {
    const { scene, docName, lina, watcher, facilitator } = await dragScene();
    setBoardPolicy(facilitator.doc, { moveAll: false });
    await waitFor(() => readBoardPolicy(watcher.doc).moveAll === false, 5000, 'the rule to reach Marc');
    const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);
    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: lina.user, cursor: { x: 3, y: 3 }, drag: { 'n-anim': FAR, 'n-lina': { x: 410, y: 5 }, 'n-locked': FAR } } }]);
    expect((await shownTo(watcher, 3))?.drag).toEqual({ 'n-lina': { x: 410, y: 5 } });
  });

  it('shows a facilitator’s drag of a zone and of its notes, locked ones included', async () => {
    const { scene, docName, animation, watcher } = await dragScene();
    const raw = await openRawClient(scene.server.wsUrl, docName, animation.token);
    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: animation.user, cursor: { x: 4, y: 4 }, drag: { 'n-locked': { x: 5200, y: 150 } }, dragZones: { 'z-lock': { x: 5100, y: 50 } } } }]);
    const shown = await shownTo(watcher, 4);
    expect([shown?.drag, shown?.dragZones]).toEqual([{ 'n-locked': { x: 5200, y: 150 } }, { 'z-lock': { x: 5100, y: 50 } }]);
  });

  it('prints the server’s time per presence change: 20 dragged zones and 100 dragged notes against a cursor alone', async () => {
    const { scene, docName, animation, facilitator } = await dragScene();
    const maps = boardMaps(facilitator.doc);
    facilitator.doc.transact(() => {
      for (let i = 0; i < 30; i++) maps.frames.set(`z${i}`, { id: `z${i}`, title: `Zone ${i}`, x: i * 900, y: 2000, width: 800, height: 600, color: 'blue', locked: i % 3 === 0 });
      for (let i = 0; i < 100; i++) maps.notes.set(`m${i}`, sampleNote(`m${i}`, animation.user.id, { x: i * 200, y: 4000 }));
    });
    await untilServerHasNotes(scene, docName, 103);
    const zones = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`z${i}`, { x: i, y: i }]));
    const notes = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`m${i}`, { x: i, y: i }]));
    // each run its own person, so that no run waits for a budget another one spent
    const facilitatorNamed = async (name: string) => scene.invite('facilitator', name);
    const participantNamed = async (name: string) => scene.join(name);
    const runs: [string, (name: string) => Promise<{ participantId: string; token: string }>, (n: number) => object][] = [
      ['facilitator, cursor only', facilitatorNamed, (n) => ({ cursor: { x: n, y: 0 } })],
      ['facilitator, 20 zones', facilitatorNamed, (n) => ({ cursor: { x: n, y: 0 }, dragZones: zones })],
      ['participant, cursor only', participantNamed, (n) => ({ cursor: { x: n, y: 0 } })],
      ['participant, 100 notes', participantNamed, (n) => ({ cursor: { x: n, y: 0 }, drag: notes })],
      ['participant, 20 zones (refused each)', participantNamed, (n) => ({ cursor: { x: n, y: 0 }, dragZones: zones })],
    ];
    for (const [index, [name, personFor, state]] of runs.entries()) {
      const joined = await personFor(`Mesure ${index}`);
      const person = { token: joined.token, user: { id: joined.participantId, name: `Mesure ${index}`, color: '#81b29a' } };
      const before = new Set([...scene.server.rooms.allConnections()].map(({ conn }) => conn));
      const raw = await openRawClient(scene.server.wsUrl, docName, person.token);
      const fresh = () => [...scene.server.rooms.allConnections()].find(({ conn }) => !before.has(conn));
      await waitFor(() => fresh() !== undefined, 5000, 'the raw socket on the server');
      const { room, conn } = fresh()!;
      const clientId = 5000 + index;
      let clock = 0;
      const frame = () => awarenessFrame([{ clientId, clock: ++clock, state: { user: person.user, ...state(clock) } }]);
      // a first round for the JIT (60 changes in all: within the person's burst of presence changes)
      for (let n = 0; n < 20; n++) room.receive(conn, frame());
      const times: number[] = [];
      for (let n = 0; n < 40; n++) {
        const bytes = frame();
        const started = performance.now();
        room.receive(conn, bytes);
        times.push(performance.now() - started);
      }
      // read, not skipped: the last state is the room's
      expect((room.awareness.getStates().get(clientId) as Shown)?.cursor?.x).toBe(clock);
      const median = times.sort((a, b) => a - b)[times.length >> 1]!;
      console.log(`[figures] presence change, ${name}: median ${(median * 1000).toFixed(0)} µs per message (40 messages)`);
      raw.socket.close();
      await closeOf(raw);
    }
  });
});

async function untilServerHasNotes(scene: WorkshopScene, docName: string, count: number): Promise<void> {
  await waitFor(async () => (await scene.server.rooms.withDoc(docName, (r) => boardMaps(r.doc).notes.size)) === count, 5000, 'the notes to reach the server');
}

import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, PRESENCE_LIMITS } from '@essaim/shared';
import { refusedChanges } from './logCapture.js';
import { openPresenceScene, present, seen, type Person } from './presenceScene.js';
import { waitFor, type TestProvider } from './providers.js';
import { openRawClient, type PresenceEntry } from './rawClient.js';
import { closeOf } from './rawSocket.js';

/** The attacker's own awareness client id: the first it announces. */
const ATTACKER_ID = 1_000;

/** Every client id `p` was ever told about, from now on. */
function addedIds(p: TestProvider): Set<number> {
  const ids = new Set<number>();
  p.provider.awareness.on('change', ({ added }: { added: number[] }) => added.forEach((id) => ids.add(id)));
  return ids;
}

/** A room with Marc watching, the facilitator moving, and Lina on a raw socket. */
async function attackScene() {
  const { scene, logs, docName, lina, marc, animation } = await openPresenceScene();
  const watcher = await present(scene, docName, marc);
  const mover = await present(scene, docName, animation);
  await seen(watcher, mover);
  const added = addedIds(watcher);
  const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);
  /** The mover moves once more: once Marc has that, he has everything the server relayed before. */
  const flushed = async (x: number) => {
    mover.provider.awareness.setLocalStateField('cursor', { x, y: 0 });
    await seen(watcher, mover, { x, y: 0 });
  };
  return { scene, logs, lina, watcher, mover, added, raw, flushed };
}

const newIds = (from: number, count: number, person: Person): PresenceEntry[] =>
  Array.from({ length: count }, (_, i) => ({ clientId: from + i, clock: 1, state: { user: person.user, cursor: { x: i, y: i } } }));

describe('fake presences', () => {
  it('closes with 4409 (or 4400, a message too big) a socket announcing 50,000 new client ids in 10 messages; the others see its one presence only', async () => {
    const { lina, watcher, mover, added, raw, flushed } = await attackScene();
    raw.sendAwareness([{ clientId: ATTACKER_ID, clock: 1, state: { user: lina.user, cursor: { x: 1, y: 1 } } }]);
    await waitFor(() => watcher.provider.awareness.getStates().has(ATTACKER_ID), 5000, 'the attacker’s own presence');

    for (let m = 0; m < 10; m++) raw.sendAwareness(newIds(10_000 + m * 5_000, 5_000, lina));

    expect([CLOSE_CODES.RefusedChange, CLOSE_CODES.BadMessage]).toContain((await closeOf(raw)).code);
    await flushed(901);
    expect([...added].filter((id) => id !== mover.doc.clientID)).toEqual([ATTACKER_ID]);
    expect([watcher.closeCodes, mover.closeCodes]).toEqual([[], []]);
  });

  it('closes with 4409 a socket announcing new client ids two at a time, each message short', async () => {
    const { lina, watcher, mover, added, raw, flushed } = await attackScene();
    raw.sendAwareness([{ clientId: ATTACKER_ID, clock: 1, state: { user: lina.user } }]);

    for (let m = 0; m < 40; m++) raw.sendAwareness(newIds(20_000 + m * 2, 2, lina));

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    await flushed(902);
    expect([...added].filter((id) => id !== mover.doc.clientID && id !== ATTACKER_ID)).toEqual([]);
    expect([watcher.closeCodes, mover.closeCodes]).toEqual([[], []]);
  });

  it('closes with 4409 an update naming its own presence eight times at rising clocks (each would be read)', async () => {
    const { lina, watcher, mover, raw, flushed } = await attackScene();

    raw.sendAwareness(Array.from({ length: 8 }, (_, i) => ({ clientId: ATTACKER_ID, clock: i + 1, state: { user: lina.user, cursor: { x: i, y: i } } })));

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    await flushed(904);
    expect(watcher.provider.awareness.getStates().has(ATTACKER_ID)).toBe(false);
    expect([watcher.closeCodes, mover.closeCodes]).toEqual([[], []]);
  });

  it('keeps no record of client ids a socket withdraws without ever having announced them', async () => {
    const { scene, lina, raw } = await attackScene();
    raw.sendAwareness([{ clientId: ATTACKER_ID, clock: 1, state: { user: lina.user } }]);
    // Withdrawals of ids nobody has: applied, each would cost the server a record for the room's life.
    for (let m = 0; m < 40; m++) raw.sendAwareness(Array.from({ length: 4 }, (_, i) => ({ clientId: 30_000 + m * 4 + i, clock: 5, state: null })));
    raw.sendAwareness([{ clientId: ATTACKER_ID, clock: 2, state: { user: lina.user, cursor: { x: 4, y: 4 } } }]);

    const room = [...scene.server.rooms.allConnections()].find((e) => e.conn.participantId === lina.user.id)!.room;
    await waitFor(() => room.awareness.meta.get(ATTACKER_ID)?.clock === 2, 5000, 'the frames after the withdrawals');
    expect([...room.awareness.meta.keys()].filter((id) => id >= 30_000 && id < 30_160)).toEqual([]);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });
});

describe('presence fields', () => {
  it.each<[string, (lina: Person) => unknown]>([
    ['a colour that is not #rrggbb', (lina) => ({ user: { ...lina.user, color: 'red; background:url(x)' } })],
    ['a cursor that is not a point', (lina) => ({ user: lina.user, cursor: { x: 'a', y: 0 } })],
    ['a drag keyed by something no note id can be', (lina) => ({ user: lina.user, drag: { ['n'.repeat(65)]: { x: 1, y: 1 } } })],
    ['a drag that is a list', (lina) => ({ user: lina.user, drag: [{ x: 1, y: 1 }] })],
  ])('closes with 4409 a presence with %s, and nobody sees it', async (_case, junk) => {
    const { logs, lina, watcher, mover, raw, flushed } = await attackScene();

    raw.sendAwareness([{ clientId: ATTACKER_ID, clock: 1, state: junk(lina) }]);

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    await flushed(903);
    expect(watcher.provider.awareness.getStates().has(ATTACKER_ID)).toBe(false);
    expect([watcher.closeCodes, mover.closeCodes]).toEqual([[], []]);
    expect(refusedChanges(logs)).toEqual([expect.objectContaining({ participantId: lina.user.id })]);
  });

  it('relays the checked state, re-encoded: unknown fields dropped, coordinates rounded onto the board', async () => {
    const { lina, watcher, raw } = await attackScene();
    const drag = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`note-${i}`, { x: i, y: -i }]));

    raw.sendAwareness([
      {
        clientId: ATTACKER_ID,
        clock: 1,
        state: { user: { ...lina.user, admin: true }, cursor: { x: 5_000_000, y: 20.4, z: 'junk' }, drag, evil: 'x'.repeat(5_000) },
      },
    ]);

    await waitFor(() => watcher.provider.awareness.getStates().has(ATTACKER_ID), 5000, 'Lina’s presence to reach Marc');
    const relayed = watcher.provider.awareness.getStates().get(ATTACKER_ID) as Record<string, unknown>;
    expect(Object.keys(relayed).sort()).toEqual(['cursor', 'drag', 'user']);
    expect(relayed.user).toEqual(lina.user);
    expect(relayed.cursor).toEqual({ x: 1_000_000, y: 20 });
    expect(Object.keys(relayed.drag as object)).toHaveLength(PRESENCE_LIMITS.drag);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });
});

import { describe, expect, it } from 'vitest';
import { boardMaps, CLOSE_CODES, PRESENCE_LIMITS, type Frame } from '@essaim/shared';
import { refusedChanges } from './logCapture.js';
import { openPresenceScene, present, seen, type PresenceScene } from './presenceScene.js';
import { waitFor, type TestProvider } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';

/** Client ids no provider of the test uses (Yjs picks 32-bit random ones). */
const RAW_ID = 13;
const OTHER_RAW_ID = 14;

const zone = (id: string, x = 0): Frame => ({ id, title: `Zone ${id}`, x, y: 0, width: 400, height: 300, color: 'blue' });

type Shown = { cursor?: unknown; drag?: unknown; dragZones?: unknown } | undefined;
const stateOf = (by: TestProvider, clientId: number) => by.provider.awareness.getStates().get(clientId) as Shown;

/** Marc watching, the facilitator present, and zones written by her that Marc has. */
async function zoneScene(zoneIds: readonly string[]): Promise<PresenceScene & { watcher: TestProvider; facilitator: TestProvider }> {
  const base = await openPresenceScene();
  const watcher = await present(base.scene, base.docName, base.marc);
  const facilitator = await present(base.scene, base.docName, base.animation);
  await seen(watcher, facilitator);
  zoneIds.forEach((id, i) => boardMaps(facilitator.doc).frames.set(id, zone(id, i * 500)));
  await waitFor(() => zoneIds.every((id) => boardMaps(watcher.doc).frames.has(id)), 5000, 'the zones to reach Marc');
  return { ...base, watcher, facilitator };
}

describe('a dragged zone in presence (dragZones)', () => {
  it('relays a facilitator’s live zone position, with the notes it carries, and its end', async () => {
    const { watcher, facilitator } = await zoneScene(['zone-1']);

    facilitator.provider.awareness.setLocalStateField('drag', { 'note-1': { x: 310, y: 60 } });
    facilitator.provider.awareness.setLocalStateField('dragZones', { 'zone-1': { x: 300, y: 40.4 } });
    await waitFor(() => stateOf(watcher, facilitator.doc.clientID)?.dragZones !== undefined, 5000, 'the zone drag to reach Marc');
    expect(stateOf(watcher, facilitator.doc.clientID)).toMatchObject({ drag: { 'note-1': { x: 310, y: 60 } }, dragZones: { 'zone-1': { x: 300, y: 40 } } });

    facilitator.provider.awareness.setLocalStateField('dragZones', null);
    await waitFor(() => stateOf(watcher, facilitator.doc.clientID)?.dragZones === null, 5000, 'the drop to reach Marc');
    expect([watcher.closeCodes, facilitator.closeCodes]).toEqual([[], []]);
  });

  it.each<[string, 'participant' | 'observer']>([
    ['a participant', 'participant'],
    ['an observer', 'observer'],
  ])('drops a zone drag forged by %s: the others see their cursor (and a participant’s drag of a note on its way), not the zone moving', async (_case, role) => {
    const { scene, logs, docName, lina, watcher } = await zoneScene(['zone-1']);
    const forger = role === 'participant' ? lina : await scene.invite('observer', 'Observatoire').then((o) => ({ user: { id: o.participantId, name: 'Observatoire', color: '#f2cc8f' }, token: o.token }));
    const raw = await openRawClient(scene.server.wsUrl, docName, forger.token);

    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: forger.user, cursor: { x: 10, y: 20 }, drag: { 'note-1': { x: 5, y: 5 } }, dragZones: { 'zone-1': { x: 900, y: 900 } } } }]);

    await waitFor(() => watcher.provider.awareness.getStates().has(RAW_ID), 5000, 'the forger’s presence to reach Marc');
    // the state is relayed whole, re-encoded: seen at all, it is seen without the zone
    // an observer moves no note either: its note drag goes too (server/test/redTeam4.test.ts)
    const drag = role === 'observer' ? null : { 'note-1': { x: 5, y: 5 } };
    expect(stateOf(watcher, RAW_ID)).toEqual({ user: forger.user, cursor: { x: 10, y: 20 }, drag, dragZones: null });
    // dropped, not refused: the socket stays, as for a claim on a note one may not write in
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
    expect(refusedChanges(logs)).toEqual([]);
  });

  it('drops the zones the board does not have and keeps the others', async () => {
    const { scene, docName, animation, watcher } = await zoneScene(['zone-1']);
    const raw = await openRawClient(scene.server.wsUrl, docName, animation.token);

    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: animation.user, dragZones: { ghost: { x: 1, y: 1 }, 'zone-1': { x: 2, y: 2 } } } }]);
    await waitFor(() => watcher.provider.awareness.getStates().has(RAW_ID), 5000, 'the facilitator’s presence to reach Marc');
    expect(stateOf(watcher, RAW_ID)?.dragZones).toEqual({ 'zone-1': { x: 2, y: 2 } });

    raw.sendAwareness([{ clientId: RAW_ID, clock: 2, state: { user: animation.user, cursor: { x: 3, y: 3 }, dragZones: { ghost: { x: 1, y: 1 } } } }]);
    await waitFor(() => stateOf(watcher, RAW_ID)?.cursor !== undefined, 5000, 'the next state to reach Marc');
    expect(stateOf(watcher, RAW_ID)?.dragZones).toBeNull();
  });

  it('shows at most the limit of zones of one drag', async () => {
    const ids = Array.from({ length: PRESENCE_LIMITS.dragZones + 5 }, (_, i) => `zone-${i}`);
    const { scene, docName, animation, watcher } = await zoneScene(ids);
    const raw = await openRawClient(scene.server.wsUrl, docName, animation.token);

    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: animation.user, dragZones: Object.fromEntries(ids.map((id, i) => [id, { x: i, y: i }])) } }]);

    await waitFor(() => watcher.provider.awareness.getStates().has(RAW_ID), 5000, 'the facilitator’s presence to reach Marc');
    expect(Object.keys(stateOf(watcher, RAW_ID)?.dragZones as object)).toEqual(ids.slice(0, PRESENCE_LIMITS.dragZones));
  });

  it.each<[string, unknown, RegExp]>([
    ['a list', [{ x: 1, y: 1 }], /dragZones must be an object/],
    ['a position that is not a number', { 'zone-1': { x: '1', y: 1 } }, /dragZones must map zone ids/],
    ['a position at infinity (null in JSON)', { 'zone-1': { x: Infinity, y: 1 } }, /dragZones must map zone ids/],
    ['a key no zone id can be', { '../zone-1': { x: 1, y: 1 } }, /dragZones must map zone ids/],
    ['a key reaching the prototype', JSON.parse('{"__proto__":{"x":1,"y":1}}'), /dragZones must map zone ids/],
    ['an id too long', { ['z'.repeat(65)]: { x: 1, y: 1 } }, /dragZones must map zone ids/],
  ])('closes with 4409 a zone drag that is %s, and nobody sees it', async (_case, dragZones, reason) => {
    const { scene, logs, docName, animation, watcher, facilitator } = await zoneScene(['zone-1']);
    const raw = await openRawClient(scene.server.wsUrl, docName, animation.token);

    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: animation.user, dragZones } }]);

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    // a change sent after the refusal: once Marc has it, he would have had the malformed one too
    facilitator.provider.awareness.setLocalStateField('cursor', { x: 41, y: 0 });
    await seen(watcher, facilitator, { x: 41, y: 0 });
    expect(watcher.provider.awareness.getStates().has(RAW_ID)).toBe(false);
    expect(refusedChanges(logs)).toEqual([expect.objectContaining({ participantId: animation.user.id, reason: expect.stringMatching(reason) })]);
  });

  it('closes with 4409 a zone drag too large to read, and nobody sees it', async () => {
    const { scene, logs, docName, animation, watcher, facilitator } = await zoneScene(['zone-1']);
    const raw = await openRawClient(scene.server.wsUrl, docName, animation.token);
    const huge = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`zone-${i}`, { x: i, y: i }]));

    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: animation.user, dragZones: huge } }]);

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    facilitator.provider.awareness.setLocalStateField('cursor', { x: 42, y: 0 });
    await seen(watcher, facilitator, { x: 42, y: 0 });
    expect(watcher.provider.awareness.getStates().has(RAW_ID)).toBe(false);
    expect(refusedChanges(logs)).toEqual([expect.objectContaining({ reason: expect.stringMatching(/too large/) })]);
  });

  it('keeps a participant from moving the facilitator’s zone through her presence', async () => {
    const { scene, docName, lina, watcher, facilitator } = await zoneScene(['zone-1']);
    facilitator.provider.awareness.setLocalStateField('dragZones', { 'zone-1': { x: 100, y: 100 } });
    await waitFor(() => stateOf(watcher, facilitator.doc.clientID)?.dragZones !== undefined, 5000, 'the facilitator’s drag to reach Marc');
    const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);

    // her own state naming the zone, then her other "tab" naming it: neither moves it
    raw.sendAwareness([
      { clientId: RAW_ID, clock: 1, state: { user: lina.user, dragZones: { 'zone-1': { x: -800, y: -800 } } } },
      { clientId: OTHER_RAW_ID, clock: 1, state: { user: lina.user, dragZones: { 'zone-1': { x: -900, y: -900 } } } },
    ]);
    await waitFor(() => watcher.provider.awareness.getStates().has(RAW_ID), 5000, 'Lina’s presence to reach Marc');

    const shown = [...watcher.provider.awareness.getStates().values()].map((s) => (s as Shown)?.dragZones).filter((z) => z);
    expect(shown).toEqual([{ 'zone-1': { x: 100, y: 100 } }]);
    expect(watcher.provider.awareness.getStates().has(OTHER_RAW_ID)).toBe(false);
  });
});

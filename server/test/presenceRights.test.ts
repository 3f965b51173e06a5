import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { CLOSE_CODES } from '@essaim/shared';
import { refusedChanges } from './logCapture.js';
import { clockOf, openPresenceScene, present, seen, type Person, type User } from './presenceScene.js';
import { waitFor, type TestProvider } from './providers.js';
import { openRawClient, type PresenceEntry } from './rawClient.js';
import { closeOf } from './rawSocket.js';

/** A client id no provider of the test uses (Yjs picks 32-bit random ones). */
const FRESH_CLIENT_ID = 7;

/** Client ids of other people's presence in the awareness frames a provider sends: its echoes. */
function recordEchoes(p: TestProvider): Set<number> {
  const echoed = new Set<number>();
  const ws = p.provider.ws as unknown as WebSocket;
  const send = ws.send.bind(ws);
  ws.send = ((data: Uint8Array, ...rest: unknown[]) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) === 1) {
      const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      for (let n = decoding.readVarUint(inner); n > 0; n--) {
        const clientId = decoding.readVarUint(inner);
        decoding.readVarUint(inner);
        decoding.readVarString(inner);
        if (clientId !== p.doc.clientID) echoed.add(clientId);
      }
    }
    return (send as (...args: unknown[]) => void)(data, ...rest);
  }) as typeof ws.send;
  return echoed;
}

describe('presence rights', () => {
  it('accepts a hand-made presence carrying the sender’s own id and name (the frames below are well formed)', async () => {
    const { scene, docName, lina, marc } = await openPresenceScene();
    const watcher = await present(scene, docName, marc);
    const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);

    raw.sendAwareness([{ clientId: FRESH_CLIENT_ID, clock: 1, state: { user: lina.user, cursor: { x: 10, y: 20 } } }]);

    await waitFor(() => watcher.provider.awareness.getStates().has(FRESH_CLIENT_ID), 5000, 'Lina’s presence to reach Marc');
    expect(watcher.provider.awareness.getStates().get(FRESH_CLIENT_ID)).toEqual({ user: lina.user, cursor: { x: 10, y: 20 } });
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });

  it.each<[string, (s: { lina: Person; marc: Person }) => User]>([
    ['another participant’s id and name', ({ marc }) => marc.user],
    ['another participant’s id under their own name', ({ lina, marc }) => ({ ...lina.user, id: marc.user.id })],
  ])('closes with 4409 a presence announcing %s, and nobody sees it', async (_case, impersonate) => {
    const { scene, logs, docName, lina, marc, animation } = await openPresenceScene();
    const watcher = await present(scene, docName, marc);
    const mover = await present(scene, docName, animation);
    await seen(watcher, mover);
    const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);

    raw.sendAwareness([{ clientId: FRESH_CLIENT_ID, clock: 1, state: { user: impersonate({ lina, marc }), cursor: { x: 10, y: 20 } } }]);

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    // A presence change sent after the refusal: once Marc has it, he would have the forged one too.
    mover.provider.awareness.setLocalStateField('cursor', { x: 77, y: 0 });
    await seen(watcher, mover, { x: 77, y: 0 });
    expect(watcher.provider.awareness.getStates().has(FRESH_CLIENT_ID)).toBe(false);
    expect([watcher.closeCodes, mover.closeCodes]).toEqual([[], []]);
    expect(refusedChanges(logs)).toEqual([expect.objectContaining({ participantId: lina.user.id, reason: expect.stringMatching(/own id/) })]);
  });

  it('shows a presence announcing another participant’s name under the sender’s own, and keeps its socket', async () => {
    const { scene, docName, lina, marc } = await openPresenceScene();
    const watcher = await present(scene, docName, marc);
    const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);

    raw.sendAwareness([{ clientId: FRESH_CLIENT_ID, clock: 1, state: { user: { ...lina.user, name: marc.user.name }, cursor: { x: 10, y: 20 } } }]);

    await waitFor(() => watcher.provider.awareness.getStates().has(FRESH_CLIENT_ID), 5000, 'Lina’s presence to reach Marc');
    expect(watcher.provider.awareness.getStates().get(FRESH_CLIENT_ID)).toEqual({ user: lina.user, cursor: { x: 10, y: 20 } });
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });

  it.each<[string, (marcState: { user: User }) => unknown]>([
    ['clear', () => null],
    ['overwrite', (state) => ({ ...state, cursor: { x: -999, y: -999 } })],
  ])('closes with 4409 an update that would %s another connection’s presence, which stays', async (_verb, forge) => {
    const { scene, logs, docName, lina, marc, animation } = await openPresenceScene();
    const target = await present(scene, docName, marc);
    const watcher = await present(scene, docName, animation);
    target.provider.awareness.setLocalStateField('cursor', { x: 5, y: 5 });
    await seen(watcher, target, { x: 5, y: 5 });
    const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);
    const entry: PresenceEntry = { clientId: target.doc.clientID, clock: clockOf(target) + 1, state: forge({ user: marc.user }) };

    raw.sendAwareness([entry]);

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    expect(refusedChanges(logs)).toEqual([expect.objectContaining({ participantId: lina.user.id, reason: expect.stringMatching(/belongs to another connection/) })]);
    // Marc moves afterwards: the facilitator still sees him, where he really is.
    target.provider.awareness.setLocalStateField('cursor', { x: 6, y: 6 });
    await seen(watcher, target, { x: 6, y: 6 });
    expect(watcher.provider.awareness.getStates().get(target.doc.clientID)).toEqual({ user: marc.user, cursor: { x: 6, y: 6 } });
    // A newcomer gets Marc's presence from the server as it is, not as the attacker wanted.
    const late = await present(scene, docName, lina);
    await seen(late, target, { x: 6, y: 6 });
    expect([target.closeCodes, watcher.closeCodes, late.closeCodes]).toEqual([[], [], []]);
  });

  it('keeps standard providers connected while they echo each other’s presence, cursors moving', async () => {
    const { scene, logs, docName, lina, marc, animation } = await openPresenceScene();
    const people = [lina, marc, animation];
    const providers: TestProvider[] = [];
    for (const person of people) providers.push(await present(scene, docName, person));
    const echoes = providers.map(recordEchoes);

    for (let step = 1; step <= 5; step++) {
      providers.forEach((p, i) => p.provider.awareness.setLocalStateField('cursor', { x: step * 100 + i, y: step }));
    }
    for (const by of providers) for (const of of providers) if (by !== of) await seen(by, of, { x: 500 + providers.indexOf(of), y: 5 });

    // A late observer receives the three presences at once and echoes them all back.
    const observer = await scene.invite('observer', 'Observatoire');
    const late = await present(scene, docName, { user: { id: observer.participantId, name: 'Observatoire', color: '#f2cc8f' }, token: observer.token });
    for (const of of providers) await seen(late, of, { x: 500 + providers.indexOf(of), y: 5 });
    for (const by of providers) await seen(by, late);
    providers[0]!.provider.awareness.setLocalStateField('cursor', { x: 600, y: 6 });
    for (const by of [...providers.slice(1), late]) await seen(by, providers[0]!, { x: 600, y: 6 });

    // The echoes did happen (this is what would be refused if the server checked them like changes)…
    echoes.forEach((echoed, i) => expect([...echoed].sort()).toEqual(providers.filter((_, j) => j !== i).map((p) => p.doc.clientID).concat(late.doc.clientID).sort()));
    // …and cost nobody their connection.
    expect([...providers, late].map((p) => p.closeCodes)).toEqual([[], [], [], []]);
    expect(refusedChanges(logs)).toEqual([]);
  });
});

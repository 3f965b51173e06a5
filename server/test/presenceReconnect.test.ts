import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { CLOSE_CODES } from '@essaim/shared';
import { refusedChanges } from './logCapture.js';
import { clockOf, openPresenceScene, present, seen } from './presenceScene.js';
import { switchNetwork, waitFor, whenSynced, type TestProvider } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';

describe('presence across reconnections', () => {
  /** Lina leaves and comes back with the same document (so the same awareness client id), and moves. */
  async function reconnect(lina: TestProvider, watcher: TestProvider): Promise<void> {
    lina.provider.disconnect();
    await waitFor(() => !watcher.provider.awareness.getStates().has(lina.doc.clientID), 5000, 'Lina’s presence to be withdrawn');
    lina.provider.connect();
    await whenSynced(lina);
    lina.provider.awareness.setLocalStateField('cursor', { x: 2, y: 2 });
    await seen(watcher, lina, { x: 2, y: 2 });
  }

  it('withdraws a presence announced again after a reconnect when that connection leaves', async () => {
    const { scene, docName, lina, marc } = await openPresenceScene();
    const linaBoard = await present(scene, docName, lina);
    const watcher = await present(scene, docName, marc);
    linaBoard.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    await seen(watcher, linaBoard, { x: 1, y: 1 });
    await reconnect(linaBoard, watcher);

    // This time the connection drops without a goodbye: the server must withdraw the presence itself.
    linaBoard.provider.shouldConnect = false;
    (linaBoard.provider.ws as unknown as WebSocket).terminate();

    await waitFor(() => !watcher.provider.awareness.getStates().has(linaBoard.doc.clientID), 5000, 'Lina’s presence to be withdrawn again');
  });

  it('keeps a presence announced again after a reconnect out of other connections’ reach', async () => {
    const { scene, logs, docName, lina, marc, animation } = await openPresenceScene();
    const linaBoard = await present(scene, docName, lina);
    const watcher = await present(scene, docName, animation);
    await seen(watcher, linaBoard);
    await reconnect(linaBoard, watcher);
    const raw = await openRawClient(scene.server.wsUrl, docName, marc.token);

    raw.sendAwareness([{ clientId: linaBoard.doc.clientID, clock: clockOf(linaBoard) + 1, state: null }]);

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    expect(refusedChanges(logs)).toEqual([expect.objectContaining({ participantId: marc.user.id, reason: expect.stringMatching(/belongs to another connection/) })]);
    linaBoard.provider.awareness.setLocalStateField('cursor', { x: 3, y: 3 });
    await seen(watcher, linaBoard, { x: 3, y: 3 });
    expect([linaBoard.closeCodes, watcher.closeCodes]).toEqual([[], []]);
  });

  it('lets a person’s new socket carry on their presence while the server still holds the old, silent one', async () => {
    const { scene, logs, docName, lina, marc, animation } = await openPresenceScene();
    const linaBoard = await present(scene, docName, lina);
    const watcher = await present(scene, docName, animation);
    linaBoard.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    await seen(watcher, linaBoard, { x: 1, y: 1 });

    const withdrawn: number[] = [];
    watcher.provider.awareness.on('change', ({ removed }: { removed: number[] }) => withdrawn.push(...removed));
    const old = switchNetwork(linaBoard);
    await whenSynced(linaBoard);
    linaBoard.provider.awareness.setLocalStateField('cursor', { x: 2, y: 2 });

    await seen(watcher, linaBoard, { x: 2, y: 2 });
    expect(linaBoard.closeCodes).toEqual([]);
    expect(refusedChanges(logs)).toEqual([]);
    // The server gives up on the old socket: the presence now lives on the new one and stays.
    const connectionsOn = () => [...scene.server.rooms.allConnections()].filter((e) => e.room.name === docName).length;
    old.terminate();
    await waitFor(() => connectionsOn() === 2, 5000, 'the server to drop the old socket');
    const newcomer = await present(scene, docName, marc);
    await seen(newcomer, linaBoard, { x: 2, y: 2 });
    // Not even for a moment: Lina moves once more, and the facilitator never saw her go in between.
    linaBoard.provider.awareness.setLocalStateField('cursor', { x: 3, y: 3 });
    await seen(watcher, linaBoard, { x: 3, y: 3 });
    expect(withdrawn).not.toContain(linaBoard.doc.clientID);
    expect([linaBoard.closeCodes, watcher.closeCodes]).toEqual([[], []]);
  });
});

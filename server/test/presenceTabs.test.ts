import { describe, expect, it, onTestFinished } from 'vitest';
import { refusedChanges } from './logCapture.js';
import { openPresenceScene, present, seen, type Person } from './presenceScene.js';
import { connectProvider, waitFor, whenSynced, type TestProvider } from './providers.js';
import type { WorkshopScene } from './workshopScene.js';

/**
 * A browser tab as the client opens a board: the standard provider with BroadcastChannel on, so
 * two tabs of one board hear each other directly and each relays the other's presence to the server.
 */
async function openTab(scene: WorkshopScene, docName: string, person: Person): Promise<TestProvider> {
  const tab = connectProvider(scene.server.wsUrl, docName, person.token, true, true);
  onTestFinished(() => tab.destroy());
  tab.provider.awareness.setLocalStateField('user', person.user);
  await whenSynced(tab);
  return tab;
}

describe('one person’s tabs on one board', () => {
  it('keeps both tabs connected and shown while each relays the other’s presence', async () => {
    const { scene, logs, docName, lina, marc } = await openPresenceScene();
    const watcher = await present(scene, docName, marc);
    const removed: number[] = [];
    watcher.provider.awareness.on('change', (c: { removed: number[] }) => removed.push(...c.removed));
    const first = await openTab(scene, docName, lina);
    await seen(watcher, first);

    // The second tab's presence reaches the first over BroadcastChannel before its own socket is open.
    const second = await openTab(scene, docName, lina);
    await seen(watcher, second);
    for (let x = 1; x <= 5; x++) {
      first.provider.awareness.setLocalStateField('cursor', { x, y: 1 });
      second.provider.awareness.setLocalStateField('cursor', { x, y: 2 });
      await new Promise((r) => setTimeout(r, 20));
    }
    await seen(watcher, first, { x: 5, y: 1 });
    await seen(watcher, second, { x: 5, y: 2 });

    // The first tab's socket drops: it tells the second, over BroadcastChannel, that everyone left —
    // Marc included, at the clock the server has; the second passes that on to the server.
    (first.provider.ws as unknown as WebSocket).close();
    await waitFor(() => first.provider.wsconnected && first.provider.synced, 5000, 'the first tab to reconnect');
    first.provider.awareness.setLocalStateField('cursor', { x: 6, y: 1 });
    await seen(watcher, first, { x: 6, y: 1 });
    second.provider.awareness.setLocalStateField('cursor', { x: 6, y: 2 });
    await seen(watcher, second, { x: 6, y: 2 });

    // The first tab closes: the second tab's presence stays, as it is.
    first.destroy();
    await waitFor(() => !watcher.provider.awareness.getStates().has(first.doc.clientID), 5000, 'the first tab to be withdrawn');
    await new Promise((r) => setTimeout(r, 200));
    expect(removed).not.toContain(second.doc.clientID);
    expect(watcher.provider.awareness.getStates().has(second.doc.clientID)).toBe(true);
    expect([first.closeCodes.filter((c) => c !== 1005 && c !== 1000), second.closeCodes, watcher.closeCodes]).toEqual([[], [], []]);
    expect(refusedChanges(logs)).toEqual([]);
  });
});

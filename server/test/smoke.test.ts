import { describe, expect, it } from 'vitest';
import { roomDocName } from '@essaim/shared';
import { startServer } from './startServer.js';
import { connectProvider, waitFor, whenSynced } from './providers.js';

describe('smoke', () => {
  it('syncs a note between two providers', async () => {
    const s = await startServer();
    const w = await s.createWorkshop();
    const j = await s.join(w.joinCode, 'Lina');
    const name = roomDocName(w.workshopId, w.rooms[0]!.id);
    const a = connectProvider(s.wsUrl, name, w.facilitatorToken);
    const b = connectProvider(s.wsUrl, name, j.token);
    await whenSynced(a); await whenSynced(b);
    a.doc.getMap('notes').set('n1', { id: 'n1', text: 'hello' });
    await waitFor(() => b.doc.getMap('notes').has('n1'));
    const c = connectProvider(s.wsUrl, name, undefined);
    await waitFor(() => c.closeCodes.length > 0);
    expect(c.closeCodes[0]).toBe(4401);
    a.destroy(); b.destroy(); c.destroy();
    await s.dispose();
  });
});

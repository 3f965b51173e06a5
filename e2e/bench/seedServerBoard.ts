import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createNote, roomDocName, updateNotes, type CreateWorkshopResponse } from '@essaim/shared';
import { pause } from '../../server/bench/benchClient.js';

/** A standard y-websocket client from Node, resolved once synced. */
async function openProvider(baseUrl: string, docName: string, token: string): Promise<{ doc: Y.Doc; close: () => void }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(baseUrl.replace(/^http/, 'ws') + '/sync', docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${docName} did not sync in 60 s`)), 60_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    doc,
    close: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** The facilitator's name, the same on the server and in the session the browser is given. */
export const FACILITATOR_NAME = 'Camille';

export async function createWorkshop(baseUrl: string): Promise<CreateWorkshopResponse & { plenaryDoc: string }> {
  const res = await fetch(`${baseUrl}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Banc d’essai', name: FACILITATOR_NAME, rooms: 0 }),
  });
  if (res.status !== 201) throw new Error(`workshop creation: ${res.status} ${await res.text()}`);
  const w = (await res.json()) as CreateWorkshopResponse;
  return { ...w, plenaryDoc: roomDocName(w.workshopId, w.rooms[0]!.id) };
}

/** The same board as the server-side cold-load bench: `count` notes on a 70-column grid. */
export async function writeNotes(baseUrl: string, docName: string, token: string, authorId: string, count: number): Promise<void> {
  const writer = await openProvider(baseUrl, docName, token);
  for (let i = 0; i < count; i++) {
    createNote(writer.doc, { id: `n${i}`, x: (i % 70) * 180, y: Math.floor(i / 70) * 180, text: `Idée n° ${i} pour le territoire` }, { authorId, now: Date.now() });
    if (i % 500 === 499) await pause(20);
  }
  await pause(1000);
  writer.close();
}

/** One note moved at a time, `moves` times, as a long workshop would (each move its own update). */
export async function moveNotes(baseUrl: string, docName: string, token: string, count: number, moves: number): Promise<void> {
  const mover = await openProvider(baseUrl, docName, token);
  for (let i = 0; i < moves; i++) {
    updateNotes(mover.doc, new Map([[`n${i % count}`, { x: (i * 7) % 12_000, y: (i * 13) % 13_000 }]]), Date.now());
    if (i % 1000 === 999) await pause(10);
  }
  await pause(2000);
  mover.close();
}

import * as Y from 'yjs';

/** Two documents wired to each other like two clients of one room, without a network. */
export function syncedPair(): { a: Y.Doc; b: Y.Doc; updatesFromA: Uint8Array[] } {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const updatesFromA: Uint8Array[] = [];
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === b) return;
    updatesFromA.push(update);
    Y.applyUpdate(b, update, a);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== a) Y.applyUpdate(a, update, b);
  });
  return { a, b, updatesFromA };
}

import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/**
 * Why an update is refused for a JSON struct of several values that it does not delete whole, or
 * null. Yjs merges successive writes of one key only once they are overwritten (an undo history
 * keeps them from garbage collection): such a run is deleted, and travels with its delete set.
 * A live one would be an entry whose earlier values no rule ever reads — the value of a key is
 * its last — yet are stored, relayed and kept by every client.
 */
export function liveMergedValues(structs: readonly Struct[], ds: DeleteSet): string | null {
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny) || struct.length === 1) continue;
    for (let clock = struct.id.clock; clock < struct.id.clock + struct.length; clock++) {
      if (!Y.isDeleted(ds, Y.createID(struct.id.client, clock))) return 'a JSON struct of several values must be deleted by the same update (overwritten history)';
    }
  }
  return null;
}

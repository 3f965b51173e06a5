import * as Y from 'yjs';

/** What an update did to one entry of a root map: its value before and after (undefined: absent). */
export interface EntryChange {
  map: string;
  key: string;
  before: unknown;
  after: unknown;
}

export type UpdateEffect = { ok: true; changes: EntryChange[] } | { ok: false; reason: string };

/**
 * A copy of a document on which a client's update is tried first. Yjs itself integrates the
 * update there — deleted structs, origins, conflicts, delete sets and all — and the entries it
 * really changed are read from the transaction, so rights are judged on the true effect rather
 * than on a reading of the bytes. The real document is touched only once the effect is
 * accepted (`accept`); after a refusal (`reject`) the copy is dropped and rebuilt from the real
 * document when next needed. Server-side changes to the real document are mirrored as they happen.
 */
export class ShadowDoc {
  private shadow: Y.Doc | null = null;
  private trying = false;
  /** how long the last rebuild of the copy took, and whether the last try made one */
  lastRebuildMs = 0;
  rebuiltNow = false;
  /** copies built so far: the first, then one after each refused try */
  builds = 0;
  /** true while the real document receives an update the shadow already has */
  private forwarding = false;

  constructor(
    private readonly real: Y.Doc,
    /** root maps entries may live in; anything else is refused */
    private readonly roots: ReadonlySet<string>,
  ) {
    real.on('update', this.mirror);
  }

  /** Applies `update` to the copy and returns what it changed, entry by entry. Throws on a malformed update. */
  tryUpdate(update: Uint8Array): UpdateEffect {
    if (this.trying) throw new Error('an update is already being tried');
    const shadow = this.copy();
    const touched: { type: Y.AbstractType<any>; keys: Set<string | null> }[] = [];
    const collect = (tr: Y.Transaction): void => {
      for (const [type, keys] of tr.changed) touched.push({ type, keys });
    };
    const rootsBefore = new Set(shadow.share.keys());
    shadow.on('afterTransaction', collect);
    this.trying = true;
    try {
      Y.applyUpdate(shadow, update);
    } catch (err) {
      this.reject();
      throw err;
    } finally {
      shadow.off('afterTransaction', collect);
    }
    if (shadow.store.pendingStructs !== null || shadow.store.pendingDs !== null) {
      return { ok: false, reason: 'update depends on changes the server has not received' };
    }
    for (const name of shadow.share.keys()) {
      if (!rootsBefore.has(name) && !this.roots.has(name)) return { ok: false, reason: `unknown root type ${name}` };
    }
    return this.readChanges(shadow, touched);
  }

  /** The tried update is allowed: apply it to the real document too. */
  accept(update: Uint8Array, origin: unknown): void {
    this.trying = false;
    this.forwarding = true;
    try {
      Y.applyUpdate(this.real, update, origin);
    } finally {
      this.forwarding = false;
    }
  }

  /** The tried update is refused: the copy holds it, so it goes; the next try rebuilds one. */
  reject(): void {
    this.trying = false;
    this.shadow?.destroy();
    this.shadow = null;
  }

  destroy(): void {
    this.real.off('update', this.mirror);
    this.reject();
  }

  /** whether the copy is there, or the next try rebuilds it */
  get ready(): boolean {
    return this.shadow !== null;
  }

  private copy(): Y.Doc {
    this.rebuiltNow = false;
    if (this.shadow) return this.shadow;
    const started = Date.now();
    const shadow = new Y.Doc({ gc: this.real.gc });
    // Type the known roots first: a root first met while decoding stays an untyped AbstractType.
    for (const name of this.roots) shadow.getMap(name);
    Y.applyUpdateV2(shadow, Y.encodeStateAsUpdateV2(this.real));
    this.shadow = shadow;
    this.lastRebuildMs = Date.now() - started;
    this.rebuiltNow = true;
    this.builds++;
    return shadow;
  }

  private readonly mirror = (update: Uint8Array): void => {
    if (this.forwarding || !this.shadow) return;
    Y.applyUpdate(this.shadow, update);
  };

  private readChanges(shadow: Y.Doc, touched: readonly { type: Y.AbstractType<any>; keys: Set<string | null> }[]): UpdateEffect {
    const nameOf = new Map<Y.AbstractType<any>, string>();
    for (const [name, type] of shadow.share) nameOf.set(type, name);
    const changes = new Map<string, EntryChange>();
    for (const { type, keys } of touched) {
      const map = nameOf.get(type);
      if (type._item !== null || map === undefined) return { ok: false, reason: 'only entries of the root maps may be written' };
      if (!this.roots.has(map)) return { ok: false, reason: `unknown root type ${map}` };
      for (const key of keys) {
        if (key === null) return { ok: false, reason: 'only keyed entries of the root maps may be written' };
        const id = `${map}\u0000${key}`;
        if (changes.has(id)) continue;
        const after = shadow.getMap(map).get(key);
        const before = this.real.getMap(map).get(key);
        if (after instanceof Y.AbstractType) return { ok: false, reason: 'only plain JSON entries may be written' };
        if (after === before) continue;
        changes.set(id, { map, key, before, after });
      }
    }
    return { ok: true, changes: [...changes.values()] };
  }
}

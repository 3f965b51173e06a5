import * as Y from 'yjs';

const STORE = 'updates';

/**
 * The last changes of a page that is going away, in a small database of their own beside
 * y-indexeddb's, put back into the document the next time the board opens.
 *
 * y-indexeddb writes each change in a transaction that commits once the browser has answered,
 * which a page going away never hears: that transaction is dropped, and Chromium drops with it
 * every later transaction of that database, even one committed at once (a reload 50 ms after the
 * last key lost the text every time). A database of our own, opened beforehand, takes one
 * transaction committed at once, and keeps it.
 */
export class LeavingCopy {
  private db: IDBDatabase | null = null;
  private readonly opened: Promise<IDBDatabase>;

  constructor(readonly name: string) {
    this.opened = request(indexedDB.open(name), (open) => {
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { autoIncrement: true });
    });
    this.opened.then(
      (db) => (this.db = db),
      (error: unknown) => console.warn('no copy of the last changes can be kept for this board', error),
    );
  }

  /** Stores `update` at once; false when the database is not open (yet, or any more). */
  store(update: Uint8Array): boolean {
    if (!this.db) return false;
    try {
      const transaction = this.db.transaction(STORE, 'readwrite');
      transaction.objectStore(STORE).add(update);
      transaction.commit();
      return true;
    } catch (error) {
      // already closing with the page: the socket may still have carried the change
      console.warn('the last changes could not be kept while leaving', error);
      return false;
    }
  }

  /**
   * Applies what a page left to `doc` (whose offline copy then stores it the usual way), then
   * forgets it; a page closed in between applies it again next time, which changes nothing.
   */
  async restore(doc: Y.Doc): Promise<number> {
    const db = await this.opened;
    const left = (await request(db.transaction(STORE, 'readonly').objectStore(STORE).getAll())).filter((u): u is Uint8Array => u instanceof Uint8Array);
    if (left.length === 0 || doc.isDestroyed) return 0;
    Y.applyUpdate(doc, Y.mergeUpdates(left), this);
    await request(db.transaction(STORE, 'readwrite').objectStore(STORE).clear());
    return left.length;
  }

  close(): void {
    void this.opened.then((db) => db.close(), () => undefined);
  }

  /** Closes and deletes the database (with the board's offline copy). */
  async clear(): Promise<void> {
    this.close();
    await this.opened.catch(() => undefined);
    await request(indexedDB.deleteDatabase(this.name));
  }
}

function request<T>(req: IDBRequest<T>, setup?: (req: IDBRequest<T> & IDBOpenDBRequest) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    setup?.(req as IDBRequest<T> & IDBOpenDBRequest);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

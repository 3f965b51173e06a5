import { isPermanentClose } from '@essaim/shared';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connectionState, type ConnectionState, type ProviderStatus } from './connectionState';
import { LeavingCopy } from './LeavingCopy';

export interface DocConnectionOptions {
  docName: string;
  token: string;
  /** `ws(s)://host/sync` */
  wsBase: string;
  /** keep a copy in IndexedDB: what is written offline survives a reload */
  offlineCopy: boolean;
  /** publish this client's awareness; off for read-only watchers (dashboard miniatures, workshop document) */
  presence: boolean;
  /** close codes after which the owner decides what to do instead of reconnecting */
  stopOn?: readonly number[];
}

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** close code of a permanent refusal, so the UI can say why */
  refusedCode: number | null;
}

/** What the connection badge reads. */
export interface ConnectionSource {
  getSnapshot(): ConnectionSnapshot;
  subscribe(listener: () => void): () => void;
}

/** How long this tab's changes are kept for `saveNow`: y-indexeddb's own transactions have committed long before. */
const RECENT_MS = 2000;

export function defaultWsBase(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/**
 * One Yjs document kept in sync with the server: the Y.Doc, its WebSocket and, for boards
 * people write on, its offline copy in IndexedDB. Owns the connection status.
 */
export class DocConnection implements ConnectionSource {
  readonly doc = new Y.Doc();
  readonly docName: string;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  private persistence: IndexeddbPersistence | null;
  private leaving: LeavingCopy | null = null;
  private providerStatus: ProviderStatus = 'connecting';
  private online = typeof navigator === 'undefined' ? true : navigator.onLine;
  private refusedCode: number | null = null;
  private stopped = false;
  private destroyed = false;
  private snapshot: ConnectionSnapshot;
  private readonly stopOn: ReadonlySet<number>;
  private readonly listeners = new Set<() => void>();
  private readonly closeListeners = new Set<(code: number) => void>();
  /** this tab's own changes of the last `RECENT_MS`, for `saveNow` */
  private recent: { at: number; update: Uint8Array }[] = [];
  private lastSaved: Uint8Array | null = null;

  constructor(options: DocConnectionOptions) {
    this.docName = options.docName;
    this.stopOn = new Set(options.stopOn ?? []);
    this.persistence = options.offlineCopy ? new IndexeddbPersistence(this.docName, this.doc) : null;
    if (this.persistence) this.keepLeavingCopy(this.persistence);
    this.provider = new WebsocketProvider(options.wsBase, this.docName, this.doc, {
      params: { token: options.token },
      connect: false,
      // a watcher must not share another tab's pending changes or presence
      disableBc: !options.presence,
      // y-websocket gives up on every 44xx code; only a refused token or an unknown board is final.
      shouldReconnect: (event) => !isPermanentClose(event.code),
    });
    this.awareness = this.provider.awareness;
    // no awareness state at all, so nothing about this client is ever sent
    if (!options.presence) this.awareness.setLocalState(null);
    this.snapshot = this.computeSnapshot();
    this.provider.on('status', this.onStatus);
    this.provider.on('connection-close', this.onConnectionClose);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    // opened offline (a reload without network): the offline copy is enough until `online` fires
    if (this.online) this.provider.connect();
  }

  readonly getSnapshot = (): ConnectionSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called with the code each time the server closes the socket. */
  onServerClose(listener: (code: number) => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  /**
   * Stores this tab's changes of the last moments in a way that survives the page going away
   * right after (`LeavingCopy`): called when the page is hidden or leaves.
   */
  saveNow(): void {
    const last = this.recent.at(-1)?.update;
    // hidden, then gone: the second call has nothing new to keep
    if (!last || last === this.lastSaved) return;
    if (this.leaving?.store(Y.mergeUpdates(this.recent.map((r) => r.update)))) this.lastSaved = last;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off('update', this.onUpdate);
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.provider.off('status', this.onStatus);
    this.provider.off('connection-close', this.onConnectionClose);
    this.listeners.clear();
    this.closeListeners.clear();
    this.provider.destroy();
    void this.persistence?.destroy();
    this.leaving?.close();
    this.doc.destroy();
  }

  /** Closes everything and deletes the offline copy, so the next connection starts from the server's state. */
  async discardLocalCopy(): Promise<void> {
    const persistence = this.destroyed ? null : this.persistence;
    const leaving = this.destroyed ? null : this.leaving;
    // clearing closes them: destroy() must not close them a second time
    this.persistence = null;
    this.leaving = null;
    const cleared = Promise.all([persistence?.clearData(), leaving?.clear()]);
    this.destroy();
    await cleared;
  }

  /** Puts back what a page that went away left (see `saveNow`), and keeps this tab's recent changes. */
  private keepLeavingCopy(persistence: IndexeddbPersistence): void {
    const leaving = new LeavingCopy(`${this.docName}#leaving`);
    this.leaving = leaving;
    void persistence.whenSynced
      .then(() => (this.destroyed ? 0 : leaving.restore(this.doc)))
      .catch((error: unknown) => console.warn('the last changes of a page that went away could not be read back', error));
    this.doc.on('update', this.onUpdate);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    // what came from the offline copy or the server is kept elsewhere already
    if (origin === this.persistence || origin === this.provider || origin === this.leaving) return;
    const now = Date.now();
    this.recent.push({ at: now, update });
    while (this.recent[0]!.at < now - RECENT_MS) this.recent.shift();
  };

  private readonly onStatus = ({ status }: { status: ProviderStatus }): void => {
    this.providerStatus = status;
    this.update();
  };

  private readonly onConnectionClose = (event: CloseEvent | null): void => {
    if (!event) return; // closed by us (disconnect, watchdog)
    if (isPermanentClose(event.code)) {
      this.refusedCode = event.code;
      this.provider.shouldConnect = false;
    } else if (this.stopOn.has(event.code)) {
      this.stopped = true;
      this.provider.shouldConnect = false;
    }
    for (const listener of [...this.closeListeners]) listener(event.code);
    this.update();
  };

  // Browsers keep a dead socket open for a while after the network goes; drop it ourselves so
  // the badge and the sync agree, and reconnect as soon as the network is back.
  private readonly onOffline = (): void => {
    this.online = false;
    this.provider.disconnect();
    this.update();
  };

  private readonly onOnline = (): void => {
    this.online = true;
    if (this.refusedCode === null && !this.stopped) this.provider.connect();
    this.update();
  };

  private computeSnapshot(): ConnectionSnapshot {
    const facts = { providerStatus: this.providerStatus, online: this.online, refusedCode: this.refusedCode };
    return { state: connectionState(facts), refusedCode: this.refusedCode };
  }

  private update(): void {
    const next = this.computeSnapshot();
    if (next.state === this.snapshot.state && next.refusedCode === this.snapshot.refusedCode) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}

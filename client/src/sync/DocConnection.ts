import { isPermanentClose, SCHEMA_PARAM } from '@essaim/shared';
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
  /** the board schema this build writes, declared to the server (which closes an outdated client with 4426) */
  schemaVersion?: number;
  /** run on the offline copy once it is loaded, before the socket opens: nothing of it has been sent yet */
  prepareOfflineCopy?: (doc: Y.Doc) => void;
}

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** close code after which this connection stopped for good (a refusal, an outdated client…), so the UI can say why */
  refusedCode: number | null;
}

/** What the connection badge reads. */
export interface ConnectionSource {
  getSnapshot(): ConnectionSnapshot;
  subscribe(listener: () => void): () => void;
}

/** How long this tab's changes are kept for `saveNow`: y-indexeddb's own transactions have committed long before. */
const RECENT_MS = 2000;
/** How long the socket waits for the offline copy to load; past it, it opens anyway (an IndexedDB that never answers). */
const OFFLINE_COPY_WAIT_MS = 5000;

export function defaultWsBase(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** How often a connection without presence asks for changes, so its socket is never silent for 30 s. */
export const QUIET_RESYNC_MS = 20_000;

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
  private destroyed = false;
  /** the offline copy is loaded (or there is none): the socket may open */
  private ready: boolean;
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
    this.ready = this.persistence === null;
    const params: Record<string, string> = { token: options.token };
    if (options.schemaVersion !== undefined) params[SCHEMA_PARAM] = String(options.schemaVersion);
    this.provider = new WebsocketProvider(options.wsBase, this.docName, this.doc, {
      params,
      connect: false,
      // a watcher must not share another tab's pending changes or presence
      disableBc: !options.presence,
      // y-websocket gives up on every 44xx code; only a refused token or an unknown board is final.
      shouldReconnect: (event) => !isPermanentClose(event.code),
      // y-websocket reopens a socket that heard nothing for 30 s; presence renewals keep a board's
      // socket talking, but a connection without presence (the workshop document, a dashboard
      // miniature) would be reopened — token check, full sync — every 30 s: ask for changes instead
      resyncInterval: options.presence ? -1 : QUIET_RESYNC_MS,
    });
    this.awareness = this.provider.awareness;
    // no awareness state at all, so nothing about this client is ever sent
    if (!options.presence) this.awareness.setLocalState(null);
    this.snapshot = this.computeSnapshot();
    this.provider.on('status', this.onStatus);
    this.provider.on('connection-close', this.onConnectionClose);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    // The socket opens once the offline copy is loaded and prepared: its first sync then carries
    // all of it in one update, in shapes the server accepts, rather than whatever loaded first.
    if (this.persistence) void this.loadOfflineCopy(this.persistence, options.prepareOfflineCopy);
    else this.connectIfAllowed();
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

  /**
   * Loads the offline copy, puts back what a page that went away left (see `saveNow`), lets
   * `prepare` bring it up to date, then opens the socket; keeps this tab's recent changes.
   */
  private async loadOfflineCopy(persistence: IndexeddbPersistence, prepare?: (doc: Y.Doc) => void): Promise<void> {
    const leaving = new LeavingCopy(`${this.docName}#leaving`);
    this.leaving = leaving;
    this.doc.on('update', this.onUpdate);
    const loaded = persistence.whenSynced
      .then(() => (this.destroyed ? 0 : leaving.restore(this.doc)))
      .catch((error: unknown) => console.warn('the last changes of a page that went away could not be read back', error));
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([loaded, new Promise((resolve) => (timer = setTimeout(resolve, OFFLINE_COPY_WAIT_MS)))]);
    clearTimeout(timer);
    if (this.destroyed) return;
    try {
      prepare?.(this.doc);
    } catch (error) {
      console.warn('the offline copy could not be brought to the current board schema', error);
    }
    this.ready = true;
    this.connectIfAllowed();
  }

  private connectIfAllowed(): void {
    // opened offline (a reload without network): the offline copy is enough until `online` fires
    if (this.ready && this.online && this.refusedCode === null && !this.destroyed) this.provider.connect();
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
    if (isPermanentClose(event.code) || this.stopOn.has(event.code)) {
      this.refusedCode = event.code;
      this.provider.shouldConnect = false;
      // nor through other tabs of this board: what this one holds is for the owner's flow to decide
      if (!isPermanentClose(event.code)) this.provider.disconnectBc();
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
    this.connectIfAllowed();
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

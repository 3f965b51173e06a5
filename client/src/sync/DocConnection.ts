import { isPermanentClose } from '@essaim/shared';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connectionState, type ConnectionState, type ProviderStatus } from './connectionState';

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
  private providerStatus: ProviderStatus = 'connecting';
  private online = typeof navigator === 'undefined' ? true : navigator.onLine;
  private refusedCode: number | null = null;
  private stopped = false;
  private destroyed = false;
  private snapshot: ConnectionSnapshot;
  private readonly stopOn: ReadonlySet<number>;
  private readonly listeners = new Set<() => void>();
  private readonly closeListeners = new Set<(code: number) => void>();

  constructor(options: DocConnectionOptions) {
    this.docName = options.docName;
    this.stopOn = new Set(options.stopOn ?? []);
    this.persistence = options.offlineCopy ? new IndexeddbPersistence(this.docName, this.doc) : null;
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

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.provider.off('status', this.onStatus);
    this.provider.off('connection-close', this.onConnectionClose);
    this.listeners.clear();
    this.closeListeners.clear();
    this.provider.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
  }

  /** Closes everything and deletes the offline copy, so the next connection starts from the server's state. */
  async discardLocalCopy(): Promise<void> {
    const persistence = this.destroyed ? null : this.persistence;
    this.persistence = null; // clearData closes it: destroy() must not close it a second time
    const cleared = persistence ? persistence.clearData() : Promise.resolve();
    this.destroy();
    await cleared;
  }

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

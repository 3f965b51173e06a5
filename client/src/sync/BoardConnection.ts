import { isPermanentClose, roomDocName } from '@essaim/shared';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connectionState, type ConnectionState, type ProviderStatus } from './connectionState';

export interface BoardConnectionOptions {
  workshopId: string;
  roomId: string;
  token: string;
  /** `ws(s)://host/sync` */
  wsBase: string;
}

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** close code of a permanent refusal, so the UI can say why */
  refusedCode: number | null;
}

export function defaultWsBase(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/**
 * One room board: the Y.Doc, its offline copy in IndexedDB and its WebSocket to the server.
 * Owns the connection status; React reads it through `useConnectionState`.
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly docName: string;
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  private readonly persistence: IndexeddbPersistence;
  private providerStatus: ProviderStatus = 'connecting';
  private online = typeof navigator === 'undefined' ? true : navigator.onLine;
  private refusedCode: number | null = null;
  private snapshot: ConnectionSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly closeListeners = new Set<(code: number) => void>();

  constructor(options: BoardConnectionOptions) {
    this.docName = roomDocName(options.workshopId, options.roomId);
    // Notes written offline live here, survive a reload, and reach the server on reconnect.
    this.persistence = new IndexeddbPersistence(this.docName, this.doc);
    this.provider = new WebsocketProvider(options.wsBase, this.docName, this.doc, {
      params: { token: options.token },
      // y-websocket gives up on every 44xx code; only a refused token or an unknown board is final.
      shouldReconnect: (event) => !isPermanentClose(event.code),
    });
    this.awareness = this.provider.awareness;
    this.snapshot = this.computeSnapshot();
    this.provider.on('status', this.onStatus);
    this.provider.on('connection-close', this.onConnectionClose);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
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
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.provider.off('status', this.onStatus);
    this.provider.off('connection-close', this.onConnectionClose);
    this.listeners.clear();
    this.closeListeners.clear();
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
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
    if (this.refusedCode === null) this.provider.connect();
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

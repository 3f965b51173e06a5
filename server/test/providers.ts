import { onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface TestProvider {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** close codes the server sent, in order */
  closeCodes: number[];
  destroy(): void;
}

/**
 * The standard y-websocket client, from Node, with the `ws` package as its WebSocket.
 * `broadcastChannel`: on, as in a browser, two tabs of one board hear each other directly.
 */
export function connectProvider(wsUrl: string, docName: string, token: string | undefined, connect = true, broadcastChannel = false): TestProvider {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: token === undefined ? {} : { token },
    connect,
    disableBc: !broadcastChannel,
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  return {
    doc,
    provider,
    closeCodes,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function whenSynced(p: TestProvider, timeoutMs = 5000): Promise<void> {
  if (p.provider.synced) return Promise.resolve();
  return waitFor(() => p.provider.synced, timeoutMs, 'provider to sync');
}

/** Polls until `check` holds; the failure message says what was awaited. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * The provider's network changes under it: it opens a new socket, while the old one, never
 * closed, stays open on the server — as a half-open TCP connection does until the server's
 * ping gives up on it. Returns the old socket; terminating it is the server noticing.
 */
export function switchNetwork(p: TestProvider): WebSocket {
  const old = p.provider.ws as unknown as WebSocket;
  old.onmessage = old.onopen = old.onclose = null;
  old.onerror = () => {};
  onTestFinished(() => old.terminate());
  p.provider.ws = null;
  p.provider.wsconnected = false;
  p.provider.synced = false;
  p.provider.connect();
  return old;
}

import { expect, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { waitFor } from './providers.js';

export interface RawSocket {
  socket: WebSocket;
  /** every frame the server sent, in order */
  messages: Buffer[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/**
 * A bare `ws` client on `/sync/<docName>`, for tests that must see exactly what the server
 * sends or must send what no y-websocket client would. Terminated when the test ends.
 */
export function openRawSocket(wsUrl: string, docName: string, token?: string): RawSocket {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(`${wsUrl}/${docName}${query}`);
  const messages: Buffer[] = [];
  socket.on('message', (data) => messages.push(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer)));
  // A hostile client may be cut off mid-send; the close event still reports what happened.
  socket.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('close', () => reject(new Error('closed before opening')));
  });
  opened.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  onTestFinished(() => socket.terminate());
  return { socket, messages, opened, closed };
}

/** Waits for `promise`, failing with a message that says what was awaited. */
export function withTimeout<T>(promise: Promise<T>, what: string, timeoutMs = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The close the server sent, once it arrives. */
export function closeOf(raw: RawSocket, what = 'the server to close the socket'): Promise<{ code: number; reason: string }> {
  return withTimeout(raw.closed, what);
}

/** The server must close with `code` before sending a single byte of the document. */
export async function expectRefused(raw: RawSocket, code: number, what?: string): Promise<void> {
  const { code: got } = await closeOf(raw, what);
  expect(got).toBe(code);
  expect(raw.messages).toHaveLength(0);
}

/** Resolves once the server let the socket in and sent its first sync message. */
export async function expectAdmitted(raw: RawSocket, what = 'the server to admit the socket'): Promise<void> {
  await withTimeout(raw.opened, what);
  await waitFor(() => raw.messages.length > 0 || raw.socket.readyState !== raw.socket.OPEN, 5000, what);
  expect(raw.socket.readyState).toBe(raw.socket.OPEN);
}

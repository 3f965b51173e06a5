import { randomBytes } from 'node:crypto';
import { closeFrameCode, OPCODE, openTcp, parseServerFrames } from './rawFrames.js';
import { waitFor } from './providers.js';

/** What the server did with a hand-written request: its status and, after a 101, how the socket went on. */
export interface RawAnswer {
  status: number;
  /** the head and body of a non-101 answer */
  text: string;
  /** after a 101: the server sent a sync message (the token was accepted) */
  admitted?: boolean;
  /** after a 101: the code of the server's close frame */
  closeCode?: number | undefined;
}

/**
 * Sends `GET <target>` exactly as written (a fragment, `??`, `token[]`… that no HTTP or
 * WebSocket library would send), as a WebSocket upgrade when `upgrade` is set.
 */
export async function rawRequest(httpUrl: string, target: string, { upgrade = false } = {}): Promise<RawAnswer> {
  const tcp = openTcp(httpUrl);
  const { host } = new URL(httpUrl);
  const headers = upgrade
    ? `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n`
    : 'Connection: close\r\n';
  tcp.socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\n${headers}\r\n`);
  await waitFor(() => tcp.received().includes('\r\n\r\n'), 5000, `the answer to GET ${target.slice(0, 60)}`);
  const raw = tcp.received();
  const headEnd = raw.indexOf('\r\n\r\n') + 4;
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(raw.subarray(0, headEnd).toString('latin1'))?.[1] ?? 0);
  if (status !== 101) {
    await Promise.race([tcp.ended, new Promise((resolve) => setTimeout(resolve, 200))]);
    return { status, text: tcp.received().toString('utf8') };
  }
  const frames = () => parseServerFrames(tcp.received().subarray(headEnd));
  await waitFor(() => frames().length > 0, 5000, 'the first frame after the upgrade');
  const first = frames()[0]!;
  return { status, text: '', admitted: first.opcode === OPCODE.binary, closeCode: closeFrameCode(frames()) };
}

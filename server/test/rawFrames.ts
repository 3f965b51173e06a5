import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { onTestFinished } from 'vitest';
import { waitFor } from './providers.js';

/** A plain TCP connection to the server, for bytes no WebSocket library would send. */
export interface RawTcp {
  socket: Socket;
  /** everything received so far */
  received(): Buffer;
  /** resolves once the server has closed the connection */
  ended: Promise<void>;
}

export function openTcp(httpUrl: string): RawTcp {
  const { hostname, port } = new URL(httpUrl);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('error', () => {});
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  onTestFinished(() => {
    socket.destroy();
  });
  return { socket, received: () => Buffer.concat(chunks), ended };
}

/** Opens a WebSocket by hand (RFC 6455 handshake) and returns once the server answered 101. */
export async function openHandshake(httpUrl: string, path: string): Promise<RawTcp & { frames(): ServerFrame[] }> {
  const tcp = openTcp(httpUrl);
  const { host } = new URL(httpUrl);
  tcp.socket.write(
    `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  await waitFor(() => tcp.received().includes('\r\n\r\n'), 5000, 'the handshake answer');
  const raw = tcp.received();
  const headEnd = raw.indexOf('\r\n\r\n') + 4;
  const head = raw.subarray(0, headEnd).toString('latin1');
  if (!head.startsWith('HTTP/1.1 101')) throw new Error(`handshake refused: ${head.split('\r\n')[0]}`);
  return { ...tcp, frames: () => parseServerFrames(tcp.received().subarray(headEnd)) };
}

export interface FrameBits {
  opcode: number;
  payload: Uint8Array;
  rsv1?: boolean;
  rsv2?: boolean;
  fin?: boolean;
}

/** A client-to-server frame, masked as the protocol requires, with any header bits we like. */
export function clientFrame({ opcode, payload, rsv1 = false, rsv2 = false, fin = true }: FrameBits): Buffer {
  if (payload.length > 125) throw new Error('clientFrame builds short frames only');
  const mask = randomBytes(4);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  const first = (fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | (rsv2 ? 0x20 : 0) | opcode;
  return Buffer.concat([Buffer.from([first, 0x80 | payload.length]), mask, masked]);
}

export interface ServerFrame {
  opcode: number;
  payload: Buffer;
}

export const OPCODE = { binary: 0x2, close: 0x8 } as const;

/** Splits unmasked server frames; an incomplete trailing frame is left out. */
export function parseServerFrames(buf: Buffer): ServerFrame[] {
  const frames: ServerFrame[] = [];
  let at = 0;
  while (at + 2 <= buf.length) {
    const opcode = buf[at]! & 0x0f;
    let length = buf[at + 1]! & 0x7f;
    let start = at + 2;
    if (length === 126) {
      if (start + 2 > buf.length) break;
      length = buf.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      if (start + 8 > buf.length) break;
      length = Number(buf.readBigUInt64BE(start));
      start += 8;
    }
    if (start + length > buf.length) break;
    frames.push({ opcode, payload: buf.subarray(start, start + length) });
    at = start + length;
  }
  return frames;
}

/** The status code of the server's close frame, if it sent one. */
export function closeFrameCode(frames: ServerFrame[]): number | undefined {
  const close = frames.find((f) => f.opcode === OPCODE.close);
  return close && close.payload.length >= 2 ? close.payload.readUInt16BE(0) : undefined;
}

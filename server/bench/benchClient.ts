import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { roomDocName, type CreateWorkshopResponse } from '@essaim/shared';
import { freePort, ServerProcess } from '../soak/ServerProcess.js';

/** The built server in its own process, on a fresh data folder. */
export async function startBenchServer(): Promise<{ server: ServerProcess; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'essaim-bench-'));
  const server = new ServerProcess({ port: await freePort(), dataDir });
  await server.start();
  return { server, dataDir };
}

export async function createWorkshop(server: ServerProcess, rooms = 0): Promise<CreateWorkshopResponse & { plenaryDoc: string }> {
  const res = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Banc d’essai', rooms }),
  });
  if (res.status !== 201) throw new Error(`workshop creation: ${res.status} ${await res.text()}`);
  const w = (await res.json()) as CreateWorkshopResponse;
  return { ...w, plenaryDoc: roomDocName(w.workshopId, w.rooms[0]!.id) };
}

/** A standard provider from Node; resolves once synced, with the ms from socket open to synced. */
export async function openSynced(server: ServerProcess, docName: string, token: string): Promise<{ provider: WebsocketProvider; doc: Y.Doc; openToSyncedMs: number }> {
  const doc = new Y.Doc();
  let openedAt = 0;
  const provider = new WebsocketProvider(server.wsUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connected' && openedAt === 0) openedAt = performance.now();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${docName} did not sync in 120 s`)), 120_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return { provider, doc, openToSyncedMs: performance.now() - openedAt };
}

/** Bytes stored for a document: its snapshot plus its log. */
export function storedBytes(dataDir: string, docName: string): number {
  const db = new Database(join(dataDir, 'essaim.sqlite'), { readonly: true });
  try {
    const snap = db.prepare('SELECT coalesce(sum(length(data)), 0) AS n FROM doc_snapshots WHERE doc = ?').get(docName) as { n: number };
    const log = db.prepare('SELECT coalesce(sum(length(data)), 0) AS n FROM doc_updates WHERE doc = ?').get(docName) as { n: number };
    return snap.n + log.n;
  } finally {
    db.close();
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const ms = (v: number): string => `${v.toFixed(1)} ms`;
export const pause = (t: number) => new Promise((r) => setTimeout(r, t));

/** One JSON request to the server under test; throws with its answer on anything but 2xx. */
export async function api<T>(server: ServerProcess, method: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

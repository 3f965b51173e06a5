import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CreateWorkshopRequest, CreateWorkshopResponse, JoinResponse } from '@essaim/shared';
import { buildApp, type BuildOptions, type EssaimApp } from '../src/app.js';
import { readConfig, type Config } from '../src/config.js';

export interface TestServer extends EssaimApp {
  url: string;
  wsUrl: string;
  dataDir: string;
  config: Config;
  /** stops the server (flushing rooms) and keeps the data directory */
  stop(): Promise<void>;
  /** stops the server and deletes its data */
  dispose(): Promise<void>;
  /** `POST /api/workshops`; `options` adds breakout rooms, their names, the assignment mode */
  createWorkshop(title?: string, options?: Omit<CreateWorkshopRequest, 'title'>): Promise<CreateWorkshopResponse>;
  /** `POST /api/join` as a participant, with the room they chose (used in `choice` mode) */
  join(code: string, name: string, roomId?: string): Promise<JoinResponse>;
}

/** The real app on an ephemeral port, with its own data directory (reused when given). */
export async function startServer(overrides: Partial<Config> = {}, dataDir?: string, options: BuildOptions = {}): Promise<TestServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'essaim-test-'));
  const config: Config = { ...readConfig({}), dataDir: dir, clientDir: null, logLevel: 'silent', port: 0, host: '127.0.0.1', ...overrides };
  const built = await buildApp(config, options);
  await built.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = built.app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await built.app.close();
  };
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path} → ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    ...built,
    url,
    wsUrl: `ws://127.0.0.1:${port}/sync`,
    dataDir: dir,
    config,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
    createWorkshop: (title = 'Atelier des besoins', options = {}) => post<CreateWorkshopResponse>('/api/workshops', { title, ...options }),
    join: (code, name, roomId) => post<JoinResponse>('/api/join', { code, name, roomId }),
  };
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useLoggedServer, type LogEntry } from './logCapture.js';
import { request } from './request.js';

/** The paths the log names, in its request lines. */
const requestPaths = (entries: LogEntry[]): string[] =>
  entries.filter((e) => e.msg === 'incoming request' || e.msg === 'request completed').flatMap((e) => (e.req ? [(e.req as { url: string }).url] : []));

function clientDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'essaim-client-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Essaim</title>');
  return dir;
}

describe('the request log at the default level', () => {
  it('leaves out health checks and the web client’s files, and keeps API requests and failures', async () => {
    const { server, logs } = await useLoggedServer({ clientDir: clientDir() });
    for (let i = 0; i < 5; i++) expect((await request(server.url, '/healthz')).status).toBe(200);
    expect((await request(server.url, '/index.html')).status).toBe(200);
    expect((await request(server.url, '/atelier/abc')).status).toBe(200);
    expect((await request(server.url, '/api/config')).status).toBe(200);
    expect((await request(server.url, '/api/join/ZZZZZZ')).status).toBe(404);
    expect((await request(server.url, '/assets/missing.js')).status).toBe(404);
    await new Promise((r) => setTimeout(r, 50));
    expect(requestPaths(logs.entries())).toEqual(['/api/config', '/api/join/ZZZZZZ', '/assets/missing.js']);
  });

  it('shows them all at debug', async () => {
    const { server, logs } = await useLoggedServer({ clientDir: clientDir(), logLevel: 'debug' });
    await request(server.url, '/healthz');
    await request(server.url, '/index.html');
    await new Promise((r) => setTimeout(r, 50));
    expect(requestPaths(logs.entries())).toEqual(['/healthz', '/index.html']);
  });
});

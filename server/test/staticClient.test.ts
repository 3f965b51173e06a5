import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useServer } from './openBoard.js';
import { request } from './request.js';

/** A built client: index.html and one hashed asset, like `vite build` writes. */
function fakeClientDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'essaim-client-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Essaim</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("essaim")');
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the built client', () => {
  it('is served at / and for every client-side route, never for API or asset paths', async () => {
    const server = await useServer({ clientDir: fakeClientDir() });
    for (const path of ['/', '/atelier/V1StGXR8_Z5j', '/rejoindre/K7M2QX']) {
      const answer = await request<string>(server.url, path);
      expect(answer.status, path).toBe(200);
      expect(answer.contentType, path).toMatch(/text\/html/);
      expect(answer.body, path).toContain('<div id="root">');
    }
    const asset = await request<string>(server.url, '/assets/index-abc123.js');
    expect(asset.body).toContain('essaim');
    for (const path of ['/assets/index-old999.js', '/api/nope', '/favicon-missing.png']) {
      const answer = await request(server.url, path);
      expect(answer.status, path).toBe(404);
      expect(answer.contentType, path).toMatch(/json/);
    }
  });

  it('serves files added after start, so a rebuilt client needs no restart', async () => {
    const dir = fakeClientDir();
    const server = await useServer({ clientDir: dir });
    writeFileSync(join(dir, 'assets', 'index-new456.js'), 'console.log("rebuilt")');
    const answer = await request<string>(server.url, '/assets/index-new456.js');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('rebuilt');
  });
});

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useServer } from './openBoard.js';
import { request } from './request.js';

const clientRoot = fileURLToPath(new URL('../../client/', import.meta.url));

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under `dir`, as URL paths (`/assets/index-abc.js`). */
function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), root) : [`/${relative(root, join(dir, e.name))}`],
  );
}

describe('in production', () => {
  it('lets pages connect (fetch, WebSocket) to their own origin only', async () => {
    const dir = tempDir('essaim-client-');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    const server = await useServer({ clientDir: dir });
    const csp = (await fetch(`${server.url}/atelier/abc`)).headers.get('content-security-policy') ?? '';
    expect(/connect-src ([^;]*)/.exec(csp)?.[1]).toBe("'self'");
  });

  it('never serves a source map, even one left in the client folder', async () => {
    const dir = tempDir('essaim-client-');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("essaim")');
    writeFileSync(join(dir, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["../src/main.tsx"]}');
    writeFileSync(join(dir, 'sw.js.map'), '{"version":3}');
    const server = await useServer({ clientDir: dir });
    expect((await request(server.url, '/assets/index-abc123.js')).status).toBe(200);
    for (const path of ['/assets/index-abc123.js.map', '/sw.js.map', '/assets/index-abc123.js.MAP', '/assets/index-abc123.js%2emap', '/assets/index-abc123.js.map%00']) {
      const answer = await request(server.url, path);
      expect([400, 404], path).toContain(answer.status);
      expect(JSON.stringify(answer.body), path).not.toContain('sources');
    }
  });

  it('serves a client built without source maps: no .map file, no sourceMappingURL in its scripts', { timeout: 120_000 }, async () => {
    const outDir = tempDir('essaim-build-');
    const vite = join(clientRoot, 'node_modules', 'vite', 'bin', 'vite.js');
    await promisify(execFile)(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: clientRoot });
    const files = filesUnder(outDir);
    expect(files).toContain('/index.html');
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);

    const server = await useServer({ clientDir: outDir });
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const path of scripts) {
      const served = await request<string>(server.url, path);
      expect(served.status, path).toBe(200);
      expect(served.body, path).not.toMatch(/sourceMappingURL/);
      expect((await request(server.url, `${path}.map`)).status, `${path}.map`).toBe(404);
    }
  });
});

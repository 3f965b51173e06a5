import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { useServer, boardOn } from './openBoard.js';
import { bearer, request } from './request.js';
import { upgradeFrom } from './upgradeFrom.js';

describe('origins', () => {
  it('refuses a page of another site before upgrading, and lets the app’s own pages and non-browser clients in', async () => {
    const server = await useServer();
    const board = await boardOn(server);
    const own = server.url;
    expect(await upgradeFrom(server.wsUrl, board.docName, board.participant.token, 'https://evil.example')).toBe(403);
    expect(await upgradeFrom(server.wsUrl, board.docName, board.participant.token, own)).toBe(101);

    const foreign = await request(server.url, '/api/workshops', { json: { title: 'Piège' }, headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: { code: 'forbidden' } });
    const ownPage = await request(server.url, '/api/workshops', { json: { title: 'Vrai' }, headers: { origin: own } });
    expect(ownPage.status).toBe(201);
    const script = await request(server.url, '/api/workshops', { json: { title: 'Script' } });
    expect(script.status).toBe(201);
  });

  it('with a public address, accepts it and the server’s own addresses, never another named host', async () => {
    const server = await useServer({ publicUrl: 'https://essaim.example.org' });
    const board = await boardOn(server);
    const { token } = board.participant;
    const { port } = new URL(server.url);
    expect(await upgradeFrom(server.wsUrl, board.docName, token, 'https://essaim.example.org')).toBe(101);
    expect(await upgradeFrom(server.wsUrl, board.docName, token, 'https://evil.example')).toBe(403);
    // The facilitator on the server machine (or on its network address) keeps working.
    expect(await upgradeFrom(server.wsUrl, board.docName, token, server.url)).toBe(101);
    expect(await upgradeFrom(server.wsUrl, board.docName, token, `http://localhost:${port}`, `localhost:${port}`)).toBe(101);
    // A domain pointed at this server (DNS rebinding) is refused even though its page is « same host ».
    expect(await upgradeFrom(server.wsUrl, board.docName, token, `http://rebind.example:${port}`, `rebind.example:${port}`)).toBe(403);
    // An address page asking another host is not its own page.
    expect(await upgradeFrom(server.wsUrl, board.docName, token, `http://10.0.0.9:${port}`)).toBe(403);
  });
});

describe('headers and files', () => {
  it('serves the client with a Content-Security-Policy that forbids inline scripts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'essaim-client-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    const server = await useServer({ clientDir: dir });
    const res = await fetch(`${server.url}/atelier/abc`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toBe("'self'");
    expect(csp).toMatch(/object-src 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps the database, which holds the signing key, readable by the server’s user only', async () => {
    const server = await useServer();
    const board = await boardOn(server);
    expect(board.workshop.joinCode).toBeTruthy();
    const mode = (f: string) => statSync(f).mode & 0o777;
    expect(mode(server.dataDir) & 0o077).toBe(0);
    for (const f of ['essaim.sqlite', 'essaim.sqlite-wal']) expect(mode(join(server.dataDir, f)), f).toBe(0o600);
  });

  it('limits how many workshops one address creates per minute', async () => {
    const server = await useServer({ createRateLimit: 3 });
    for (let i = 0; i < 3; i++) expect((await request(server.url, '/api/workshops', { json: { title: `Atelier ${i}` } })).status).toBe(201);
    const fourth = await request(server.url, '/api/workshops', { json: { title: 'Atelier 4' } });
    expect(fourth.status).toBe(429);
    expect(fourth.body).toMatchObject({ error: { code: 'too_many_requests' } });
  });

  it('limits each facilitator’s whole-board requests per minute, person by person', async () => {
    const server = await useServer({ boardRewriteRateLimit: 3 });
    const create = async (name: string) =>
      (await request<{ workshopId: string; facilitatorToken: string; rooms: { id: string }[] }>(server.url, '/api/workshops', { json: { title: `Atelier ${name}`, name, rooms: 1 } })).body;
    const claire = await create('Claire');
    const copy = (w: typeof claire) => request(server.url, `/api/workshops/${w.workshopId}/plenary/copy`, { json: { roomId: w.rooms[1]!.id }, headers: bearer(w.facilitatorToken) });
    const apply = (w: typeof claire) =>
      request(server.url, `/api/workshops/${w.workshopId}/rooms/${w.rooms[0]!.id}/template`, { json: { template: 'vierge' }, headers: bearer(w.facilitatorToken) });
    expect((await apply(claire)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await copy(claire)).status).toBe(200);
    // the fourth whole-board request of the minute, whichever route
    const fourth = await copy(claire);
    expect(fourth.status).toBe(429);
    expect(fourth.body).toMatchObject({ error: { code: 'too_many_requests' } });
    // another facilitator on the same address keeps their own budget
    const marc = await create('Marc');
    expect((await apply(marc)).status).toBe(200);
  });
});

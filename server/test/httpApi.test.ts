import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, type CreateWorkshopResponse, type JoinResponse, type SessionResponse } from '@essaim/shared';
import { openBoard, useServer } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { expectError, request } from './request.js';

const codePattern = new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`);

describe('HTTP API', () => {
  it('answers GET /healthz with the loaded boards and open sockets, back to none once everybody left', async () => {
    const board = await openBoard();
    expect(await request(board.server.url, '/healthz')).toMatchObject({ status: 200, body: { status: 'ok', rooms: 0, connections: 0 } });
    const p = board.connect();
    await whenSynced(p);
    expect((await request(board.server.url, '/healthz')).body).toEqual({ status: 'ok', rooms: 1, connections: 1 });
    p.destroy();
    await waitFor(async () => ((await request<{ rooms: number }>(board.server.url, '/healthz')).body.rooms === 0), 5000, 'the room to unload');
    expect((await request(board.server.url, '/healthz')).body).toEqual({ status: 'ok', rooms: 0, connections: 0 });
  });

  it('creates a workshop with a join code, a facilitator token and a plenary board', async () => {
    const server = await useServer();
    const answer = await request<CreateWorkshopResponse>(server.url, '/api/workshops', { json: { title: '  Atelier\n  mobilité  ' } });

    expect(answer.status).toBe(201);
    const w = answer.body;
    expect(w.title).toBe('Atelier mobilité');
    expect(w.workshopId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(w.joinCode).toMatch(codePattern);
    expect(w.rooms).toEqual([{ id: expect.stringMatching(/^[A-Za-z0-9_-]+$/), name: expect.any(String), plenary: true, color: expect.stringMatching(/^#[0-9A-Fa-f]{6}$/) }]);
    const session = await request<SessionResponse>(server.url, '/api/session', { headers: { authorization: `Bearer ${w.facilitatorToken}` } });
    expect(session.body).toMatchObject({ workshopId: w.workshopId, participantId: w.facilitatorId, role: 'facilitator', joinCode: w.joinCode });
  });

  it.each([
    ['no title', {}],
    ['a blank title', { title: '  \n\t ' }],
    ['a title that is not text', { title: 42 }],
  ])('refuses a workshop with %s (400 missing_title)', async (_case, json) => {
    const server = await useServer();
    expectError(await request(server.url, '/api/workshops', { json }), 400, 'missing_title');
  });

  it.each([
    ['invalid JSON', '{"title": "Atel'],
    ['an empty JSON body', ''],
  ])('answers %s with a 400 JSON error', async (_case, rawBody) => {
    const server = await useServer();
    const answer = await request(server.url, '/api/workshops', { rawBody, headers: { 'content-type': 'application/json' } });
    expectError(answer, 400, 'invalid_request');
  });

  it('answers a body that is not JSON with a 400 JSON error', async () => {
    const server = await useServer();
    const answer = await request(server.url, '/api/workshops', { rawBody: 'title=Atelier', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectError(answer, 400, 'invalid_request');
  });

  it('answers a body over 64 KiB with a 413 JSON error', async () => {
    const server = await useServer();
    expectError(await request(server.url, '/api/workshops', { json: { title: 'x'.repeat(65 * 1024) } }), 413, 'payload_too_large');
  });

  it.each([
    ['lowercase with a dash', (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`.toLowerCase()],
    ['with spaces around and inside', (code: string) => `  ${code.slice(0, 2)} ${code.slice(2, 4)} ${code.slice(4)} `],
  ])('lets a participant join with the code typed %s', async (_case, typed) => {
    const server = await useServer();
    const w = await server.createWorkshop();
    const answer = await request<JoinResponse>(server.url, '/api/join', { json: { code: typed(w.joinCode), name: ' Lina ' } });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ workshopId: w.workshopId, roomId: w.rooms[0]!.id, name: 'Lina', rooms: w.rooms });
    const session = await request<SessionResponse>(server.url, '/api/session', { headers: { authorization: `Bearer ${answer.body.token}` } });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ participantId: answer.body.participantId, name: 'Lina', role: 'participant', roomId: w.rooms[0]!.id });
  });

  it('answers an unknown code with 404 unknown_code', async () => {
    const server = await useServer();
    const w = await server.createWorkshop();
    const other = [...JOIN_CODE_ALPHABET].find((c) => c !== w.joinCode[0])!;
    expectError(await request(server.url, '/api/join', { json: { code: other + w.joinCode.slice(1), name: 'Lina' } }), 404, 'unknown_code');
  });

  it.each([
    ['no name', {}, 'missing_name'],
    ['a blank name', { name: ' \u0000 ' }, 'missing_name'],
    ['no code', { code: undefined, name: 'Lina' }, 'missing_code'],
  ])('refuses a join with %s (400)', async (_case, fields, code) => {
    const server = await useServer();
    const w = await server.createWorkshop();
    expectError(await request(server.url, '/api/join', { json: { code: w.joinCode, ...fields } }), 400, code);
  });

  it.each<[string, (w: CreateWorkshopResponse) => Record<string, string>]>([
    ['a forged token', () => ({ authorization: 'Bearer forged.token.value' })],
    ['a real token with its signature changed', (w) => ({ authorization: `Bearer ${w.facilitatorToken.slice(0, -8)}AAAAAAAA` })],
    ['no Authorization header', () => ({})],
    ['a real token without the Bearer scheme', (w) => ({ authorization: w.facilitatorToken })],
  ])('answers GET /api/session with %s by 401 JSON', async (_case, headers) => {
    const server = await useServer();
    const w = await server.createWorkshop();
    expectError(await request(server.url, '/api/session', { headers: headers(w) }), 401, 'unauthorized');
  });

  it('answers unknown API paths with 404 JSON, without echoing a token', async () => {
    const server = await useServer();
    expectError(await request(server.url, '/api/nope'), 404, 'not_found');
    const answer = await request(server.url, '/api/nope?token=s3cr3t-value', { method: 'POST', json: {} });
    expectError(answer, 404, 'not_found');
    expect(JSON.stringify(answer.body)).not.toContain('s3cr3t-value');
  });

  it('limits wrong join codes per address: after 5 within a minute, even the right code gets 429', async () => {
    const server = await useServer({ wrongCodeRateLimit: 5 });
    const w = await server.createWorkshop();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await request(server.url, '/api/join', { json: { code: 'ZZZZZZ', name: `Essai ${i}` } })).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404]);

    // Even the right code is refused once the limit is reached, or guessing would go on.
    expectError(await request(server.url, '/api/join', { json: { code: w.joinCode, name: 'Lina' } }), 429, 'too_many_attempts');
  });
});

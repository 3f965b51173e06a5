import { describe, expect, it } from 'vitest';
import type { JoinPreview } from '@essaim/shared';
import { readConfig } from '../src/config.js';
import { useServer } from './openBoard.js';
import type { ErrorBody } from './request.js';
import { requestFrom, type AnswerFrom } from './requestFrom.js';
import type { TestServer } from './startServer.js';

/** One guess from `address`: a preview (`GET /api/join/:code`) or a join (`POST /api/join`). */
function guess(server: TestServer, address: string, code: string, route: 'preview' | 'join', name = 'Lina'): Promise<AnswerFrom> {
  return route === 'preview'
    ? requestFrom<JoinPreview>(address, server.url, `/api/join/${code}`)
    : requestFrom(address, server.url, '/api/join', { json: { code, name } });
}

/** A 429 that says, in its message and its Retry-After header, how many seconds to wait. */
function expectTooMany(answer: AnswerFrom): void {
  expect(answer.status).toBe(429);
  const { error } = answer.body as ErrorBody;
  expect(error.code).toBe('too_many_attempts');
  expect(answer.retryAfter).toBeGreaterThan(0);
  expect(answer.retryAfter).toBeLessThanOrEqual(60);
  expect(error.message).toContain(`try again in ${answer.retryAfter} s`);
}

const statuses = (answers: AnswerFrom[]) => answers.map((a) => a.status);

describe('join codes', () => {
  it('share one budget of wrong guesses per address across both join routes', async () => {
    const server = await useServer({ wrongCodeRateLimit: 6, wrongCodeGlobalLimit: 1000 });
    const w = await server.createWorkshop();
    const wrong: AnswerFrom[] = [];
    for (const route of ['preview', 'join', 'preview', 'join', 'preview', 'join'] as const) wrong.push(await guess(server, '127.0.0.2', 'ZZZZZZ', route));
    expect(statuses(wrong)).toEqual([404, 404, 404, 404, 404, 404]);

    expectTooMany(await guess(server, '127.0.0.2', 'ZZZZZY', 'preview'));
    expectTooMany(await guess(server, '127.0.0.2', 'ZZZZZY', 'join'));
    // Spent means spent: the right code from that address waits too, or guessing would go on.
    expectTooMany(await guess(server, '127.0.0.2', w.joinCode, 'join'));
    // Another address is not affected.
    expect((await guess(server, '127.0.0.3', w.joinCode, 'join')).status).toBe(200);
  });

  it('are limited globally: 50 addresses guessing together get no more than the global budget (default limits)', async () => {
    const server = await useServer();
    const { wrongCodeGlobalLimit } = readConfig({});
    const w = await server.createWorkshop();
    const addresses = Array.from({ length: 50 }, (_, i) => `127.0.1.${i + 1}`);
    const answers = (
      await Promise.all(
        addresses.map(async (address) => {
          const mine: AnswerFrom[] = [];
          for (let i = 0; i < 10; i++) mine.push(await guess(server, address, `ZZZZ${i}${i}`, i % 2 ? 'join' : 'preview'));
          return mine;
        }),
      )
    ).flat();
    const misses = answers.filter((a) => a.status === 404).length;
    // Once the global budget is spent, an address that already missed waits; a fresh one may try once.
    expect(misses).toBeGreaterThanOrEqual(wrongCodeGlobalLimit);
    expect(misses).toBeLessThanOrEqual(wrongCodeGlobalLimit + addresses.length);
    for (const a of answers.filter((x) => x.status !== 404)) expectTooMany(a);

    expectTooMany(await guess(server, addresses[0]!, 'ZZZZZZ', 'preview'));
    // People who type the right code from an address that has not guessed wrong still get in.
    expect((await guess(server, '127.0.2.1', w.joinCode, 'join')).status).toBe(200);
  });

  it('let a venue of 100 people behind one address join with the right code, typos included', async () => {
    const server = await useServer();
    const w = await server.createWorkshop();
    const typos = await Promise.all(Array.from({ length: 5 }, () => guess(server, '127.0.0.4', 'ZZZZZZ', 'preview')));
    expect(statuses(typos)).toEqual([404, 404, 404, 404, 404]);
    const previews = await Promise.all(Array.from({ length: 100 }, () => guess(server, '127.0.0.4', w.joinCode, 'preview')));
    const joins = await Promise.all(Array.from({ length: 100 }, (_, i) => guess(server, '127.0.0.4', w.joinCode, 'join', `Personne ${i}`)));
    expect(new Set(statuses([...previews, ...joins]))).toEqual(new Set([200]));
  });

  it('let 60 people behind one address join one after another, as the web client does (preview, then join)', async () => {
    const server = await useServer();
    const w = await server.createWorkshop();
    const answers: AnswerFrom[] = [];
    for (let i = 0; i < 60; i++) {
      answers.push(await guess(server, '127.0.0.6', w.joinCode, 'preview'));
      answers.push(await guess(server, '127.0.0.6', w.joinCode, 'join', `Personne ${i}`));
    }
    expect(statuses(answers).filter((s) => s !== 200)).toEqual([]);
  });

  it('keep a generous limit on successful joins per address, against filling a workshop with fake people', async () => {
    const server = await useServer({ joinRateLimit: 3 });
    const w = await server.createWorkshop();
    const joins = [];
    for (let i = 0; i < 3; i++) joins.push(await guess(server, '127.0.0.5', w.joinCode, 'join', `Personne ${i}`));
    expect(statuses(joins)).toEqual([200, 200, 200]);
    expectTooMany(await guess(server, '127.0.0.5', w.joinCode, 'join'));
    // Previews create nothing and are not counted.
    expect((await guess(server, '127.0.0.5', w.joinCode, 'preview')).status).toBe(200);
  });

  it('count per forwarded address behind a trusted reverse proxy', async () => {
    const server = await useServer({ wrongCodeRateLimit: 2, trustProxy: '127.0.0.1' });
    const from = (client: string) => ({ headers: { 'x-forwarded-for': client } });
    const miss = (client: string) => requestFrom('127.0.0.1', server.url, '/api/join/ZZZZZZ', from(client));
    expect(statuses([await miss('203.0.113.7'), await miss('203.0.113.7')])).toEqual([404, 404]);
    expectTooMany(await miss('203.0.113.7'));
    expect((await miss('198.51.100.9')).status).toBe(404);
  });
});

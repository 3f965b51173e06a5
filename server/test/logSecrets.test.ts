import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@essaim/shared';
import { useLoggedServer } from './logCapture.js';
import { boardOn } from './openBoard.js';
import { waitFor } from './providers.js';
import { rawRequest } from './rawRequest.js';

/** The log lines (or any text) holding the token or its signature, the part that must stay secret. */
const leaks = (lines: string[], token: string): string[] => lines.filter((l) => l.includes(token) || l.includes(token.split('.')[2]!));

/** Ways a raw client can put a token in a sync URL that are not `?token=<token>`. */
const oddSpellings = (t: string): string[] => [
  `#token=${t}`,
  `?token=${t}#x`,
  `??token=${t}`,
  `?token[]=${t}`,
  `?x=1&amp;token=${t}`,
  `?token=${t}&token=${t}`,
  `?Token=${t}`,
  `?token=${t}&x=1`,
];

describe('sync URLs', () => {
  it('are refused with 400 before the upgrade when the token is in a fragment or a malformed parameter', async () => {
    const { server } = await useLoggedServer();
    const board = await boardOn(server);
    const t = board.participant.token;
    for (const suffix of oddSpellings(t)) {
      const answer = await rawRequest(server.url, `/sync/${board.docName}${suffix}`, { upgrade: true });
      expect(answer.status, suffix.replace(t, '<token>')).toBe(400);
      expect(answer.text).toContain('"code":"invalid_request"');
      expect(leaks([answer.text], t)).toEqual([]);
    }
    // The spellings a client really uses still work, and no token still closes with 4401.
    expect(await rawRequest(server.url, `/sync/${board.docName}?token=${t}`, { upgrade: true })).toMatchObject({ status: 101, admitted: true });
    expect(await rawRequest(server.url, `/sync/${board.docName}?%74oken=${t}`, { upgrade: true })).toMatchObject({ status: 101, admitted: true });
    expect(await rawRequest(server.url, `/sync/${board.docName}`, { upgrade: true })).toMatchObject({
      status: 101,
      closeCode: CLOSE_CODES.Unauthorized,
    });
  });
});

describe('the log', () => {
  it('never holds a token, whatever the URL carrying it looks like', async () => {
    const { server, logs } = await useLoggedServer();
    const board = await boardOn(server);
    const t = board.workshop.facilitatorToken;
    const doc = `/sync/${board.docName}`;
    const upgrades = [...oddSpellings(t).map((s) => doc + s), `${doc}?token=${t}`, `${doc};token=${t}`, `${doc}/${t}`, `/api/nope?token=${t}`, `/api/session?token=${t}`];
    const gets = [
      ...oddSpellings(t).map((s) => `/api/nope${s}`),
      `/api/nope?${t}`,
      `/api/join/${t}`,
      `/${t}`,
      `/api/nope/%${t}`,
      `/api/nope?token=%65${t.slice(1)}`,
    ];
    const answers = [
      ...(await Promise.all(upgrades.map((target) => rawRequest(server.url, target, { upgrade: true })))),
      ...(await Promise.all(gets.map((target) => rawRequest(server.url, target)))),
    ];
    // Error messages do not send the URL back either (they end up in proxies' and browsers' logs).
    expect(leaks(answers.map((a) => a.text), t)).toEqual([]);
    await waitFor(() => logs.lines().filter((l) => l.includes('incoming request')).length >= upgrades.length + gets.length, 5000, 'every request logged');
    expect(leaks(logs.lines(), t)).toEqual([]);
    // The log still says which path was asked for, and which parameter names.
    expect(logs.lines().join('\n')).toContain(`${doc}?token=[redacted]`);
  });
});

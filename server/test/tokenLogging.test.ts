import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CLOSE_CODES, roomDocName } from '@essaim/shared';
import { useLoggedServer } from './logCapture.js';
import { boardOn, noteIds, sampleNote, writeNote, type Board } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { request } from './request.js';
import { closeOf, openRawSocket, withTimeout } from './rawSocket.js';

/** A server logging at `info` into memory, with two workshops whose tokens must never show up. */
async function loggedServer(): Promise<{ board: Board; other: Board; lines: () => string[]; tokens: string[] }> {
  const { server, logs } = await useLoggedServer();
  const board = await boardOn(server, 'Atelier A');
  const other = await boardOn(server, 'Atelier B');
  const tokens = [board, other].flatMap((b) => [b.workshop.facilitatorToken, b.participant.token]);
  return { board, other, lines: logs.lines, tokens };
}

/** The log lines holding any of the tokens (their signature is the part that must stay secret). */
function linesWithTokens(lines: string[], tokens: string[]): string[] {
  return lines.filter((line) => tokens.some((t) => line.includes(t.split('.')[2]!)));
}

describe('tokens in the logs', () => {
  it('are redacted from syncs, refusals, bad-frame warnings and HTTP requests', async () => {
    const { board, other, lines, tokens } = await loggedServer();
    const { server } = board;
    const { facilitatorToken } = board.workshop;
    const participantToken = board.participant.token;

    const a = board.connect(facilitatorToken);
    const b = board.connect(participantToken);
    await whenSynced(a);
    await whenSynced(b);
    writeNote(a.doc, sampleNote('n-1', board.workshop.facilitatorId));
    await waitFor(() => noteIds(b.doc).includes('n-1'), 5000, 'the note to sync');

    const refusals = [
      openRawSocket(server.wsUrl, roomDocName(board.workshop.workshopId, 'nope'), participantToken),
      openRawSocket(server.wsUrl, other.docName, facilitatorToken),
      openRawSocket(server.wsUrl, board.docName, `${participantToken}x`),
    ];
    expect(await Promise.all(refusals.map(async (r) => (await closeOf(r)).code))).toEqual([
      CLOSE_CODES.UnknownDocument,
      CLOSE_CODES.Forbidden,
      CLOSE_CODES.Unauthorized,
    ]);
    const attacker = openRawSocket(server.wsUrl, board.docName, participantToken);
    await attacker.opened;
    attacker.socket.send(new Uint8Array([99, 1, 2]));
    expect((await closeOf(attacker)).code).toBe(CLOSE_CODES.BadMessage);
    expect((await request(server.url, '/api/session', { headers: { authorization: `Bearer ${participantToken}` } })).status).toBe(200);
    expect((await request(server.url, `/api/nope?token=${participantToken}`)).status).toBe(404);

    // The log did record all that, so a leak had its chance.
    await waitFor(() => lines().some((l) => l.includes('closing connection on bad message')), 5000, 'the bad-frame warning');
    const text = lines().join('\n');
    expect(text).toContain(`/sync/${board.docName}?token=[redacted]`);
    expect(text).toContain('/api/nope?token=[redacted]');
    expect(lines().filter((l) => l.includes('sync refused'))).toHaveLength(3);
    expect(linesWithTokens(lines(), tokens)).toEqual([]);
  });

  it('are redacted even when the parameter name is percent-encoded, as the server still reads it', async () => {
    const { board, lines, tokens } = await loggedServer();
    const socket = new WebSocket(`${board.server.wsUrl}/${board.docName}?%74oken=${board.workshop.facilitatorToken}`);
    socket.on('error', () => {});
    // The server accepts the token (it sends its sync step 1), so this is a working spelling.
    await withTimeout(new Promise((resolve) => socket.once('message', resolve)), 'the server’s first sync message');
    socket.close();

    await waitFor(() => lines().some((l) => l.includes('%74oken=[redacted]')), 5000, 'the redacted request line');
    expect(linesWithTokens(lines(), tokens)).toEqual([]);
  });
});

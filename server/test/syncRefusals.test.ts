import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { CLOSE_CODES, roomDocName } from '@essaim/shared';
import { boardOn, noteIds, openBoard, sampleNote, storedDoc, useServer, writeNote, type Board } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { closeOf, expectRefused, openRawSocket } from './rawSocket.js';

/** Swaps one character in the middle of the token's signature for another base64url one. */
function tamper(token: string): string {
  const at = token.length - 12;
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
}

const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Tokens that must not open a board, each built against a real workshop. */
const FORGERIES: [string, (board: Board) => Promise<string>][] = [
  ['garbage', async () => 'not-a-token'],
  [
    'a valid-looking JWT signed with another key',
    ({ workshop }) =>
      new SignJWT({ wid: workshop.workshopId, role: 'facilitator' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(workshop.facilitatorId)
        .setIssuer('essaim')
        .setIssuedAt()
        .sign(randomBytes(32)),
  ],
  ['a real token with one character changed', async ({ workshop }) => tamper(workshop.facilitatorToken)],
  [
    'an unsigned token (alg none)',
    async ({ workshop }) =>
      `${part({ alg: 'none' })}.${part({ wid: workshop.workshopId, role: 'facilitator', sub: workshop.facilitatorId, iss: 'essaim' })}.`,
  ],
  ['an oversized token', async () => 'a'.repeat(4096)],
];

describe('sync refusals', () => {
  it('closes with 4401 when no token is given', async () => {
    const board = await openBoard();
    await expectRefused(openRawSocket(board.server.wsUrl, board.docName), CLOSE_CODES.Unauthorized);
  });

  it.each(FORGERIES)('closes with 4401 for %s', async (_kind, forge) => {
    const board = await openBoard();
    const token = await forge(board);
    await expectRefused(openRawSocket(board.server.wsUrl, board.docName, token), CLOSE_CODES.Unauthorized);
  });

  it('checks the token before the name, so a stranger cannot probe which workshops exist', async () => {
    const board = await openBoard();
    await expectRefused(openRawSocket(board.server.wsUrl, roomDocName('nope', 'nope')), CLOSE_CODES.Unauthorized);
    await expectRefused(openRawSocket(board.server.wsUrl, board.docName, 'forged'), CLOSE_CODES.Unauthorized);
  });

  it('closes with 4404 for names that are not a board of a known workshop', async () => {
    const board = await openBoard();
    const { workshopId } = board.workshop;
    const roomId = board.workshop.rooms[0]!.id;
    const names = [
      roomDocName('unknownWorkshop', roomId),
      roomDocName(workshopId, 'unknownRoom'),
      'foo',
      '',
      'w/a/r/b/extra',
      `${board.docName}/extra`,
      `w/${workshopId}/r/..%2F..%2Fessaim.sqlite`,
      `..%2F${board.docName.replaceAll('/', '%2F')}`,
      `${board.docName}%00`,
      roomDocName(workshopId, 'x'.repeat(65)),
    ];
    for (const name of names) {
      const raw = openRawSocket(board.server.wsUrl, name, board.participant.token);
      const { code } = await closeOf(raw, `the close for "${name}"`);
      expect({ name, code, messages: raw.messages.length }).toEqual({ name, code: CLOSE_CODES.UnknownDocument, messages: 0 });
    }
  });

  it('closes with 4403 when a token of one workshop opens a board of another', async () => {
    const server = await useServer();
    const mine = await boardOn(server, 'Atelier A');
    const theirs = await boardOn(server, 'Atelier B');
    // Their board has content, so a leak would show as a message before the close.
    const owner = theirs.connect();
    await whenSynced(owner);
    writeNote(owner.doc, sampleNote('secret', theirs.participant.participantId));
    await waitFor(async () => noteIds(await storedDoc(server.storage, theirs.docName)).includes('secret'), 5000, 'their note to be stored');

    for (const token of [mine.participant.token, mine.workshop.facilitatorToken]) {
      await expectRefused(openRawSocket(server.wsUrl, theirs.docName, token), CLOSE_CODES.Forbidden);
    }
  });

  it('tells the standard provider why it was refused, and it stops retrying', async () => {
    const board = await openBoard();
    const refused = board.connect('forged');
    const terminal: number[] = [];
    refused.provider.on('closed', (event) => terminal.push(event.code));
    await waitFor(() => terminal.length > 0, 5000, 'the provider to be refused');
    expect(terminal).toEqual([CLOSE_CODES.Unauthorized]);
    expect(refused.closeCodes).toEqual([CLOSE_CODES.Unauthorized]);
    expect(refused.provider.shouldConnect).toBe(false);
  });
});

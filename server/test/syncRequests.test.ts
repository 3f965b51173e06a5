import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, CLOSE_CODES } from '@essaim/shared';
import { openBoard, sampleNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawSocket } from './rawSocket.js';

/** A sync step 1 frame carrying this state vector. */
function step1(stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, stateVector);
  return encoding.toUint8Array(e);
}

/** A state vector claiming `clock` of each given client. */
function stateVector(entries: [number, number][]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const [client, clock] of entries) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
  }
  return encoding.toUint8Array(e);
}

/** A board of 300 notes, and the id of the client that wrote them. */
async function boardWithNotes() {
  const board = await openBoard();
  const facilitator = board.connect(board.workshop.facilitatorToken);
  await whenSynced(facilitator);
  facilitator.doc.transact(() => {
    for (let i = 0; i < 300; i++) boardMaps(facilitator.doc).notes.set(`n${i}`, sampleNote(`n${i}`, board.workshop.facilitatorId));
  });
  const writer = facilitator.doc.clientID;
  const fresh = board.connect();
  await waitFor(() => boardMaps(fresh.doc).notes.size === 300, 5000, 'the notes to be on the server');
  return { board, writer };
}

/** The step 2 answers a raw socket gets for each of these state vectors, in order. */
async function answers(board: Awaited<ReturnType<typeof openBoard>>, vectors: Uint8Array[]): Promise<Buffer[]> {
  const raw = openRawSocket(board.server.wsUrl, board.docName, board.participant.token);
  await raw.opened;
  for (const sv of vectors) raw.socket.send(step1(sv));
  const step2s = () => raw.messages.filter((m) => m[0] === 0 && m[1] === 1);
  await waitFor(() => step2s().length === vectors.length, 5000, 'the answers');
  return step2s();
}

describe('sync step 1 requests', () => {
  it('answers a replica lacking most of the board with the whole board encoded once, whatever its state vector says', async () => {
    const { board, writer } = await boardWithNotes();
    const [newcomer, crafted, another] = await answers(board, [stateVector([]), stateVector([[writer, 1]]), stateVector([[writer, 7], [123, 5]])]);
    // the very same bytes: nothing was encoded again for the crafted ones
    expect(crafted!.equals(newcomer!)).toBe(true);
    expect(another!.equals(newcomer!)).toBe(true);
  });

  it('answers a replica that holds nearly everything with just its difference', async () => {
    const { board, writer } = await boardWithNotes();
    const [whole, nearly] = await answers(board, [stateVector([]), stateVector([[writer, 290]])]);
    expect(nearly!.length).toBeLessThan(whole!.length / 10);
    const d = decoding.createDecoder(new Uint8Array(nearly!));
    decoding.readVarUint(d);
    decoding.readVarUint(d);
    // the difference is the last 10 notes the writer wrote
    const { structs } = Y.decodeUpdate(decoding.readVarUint8Array(d));
    expect(structs.map((s) => [s.id.client, s.id.clock])).toEqual(Array.from({ length: 10 }, (_, i) => [writer, 290 + i]));
  });

  it('closes with 4400 a state vector naming thousands of clients the board never had', async () => {
    const { board } = await boardWithNotes();
    const raw = openRawSocket(board.server.wsUrl, board.docName, board.participant.token);
    await raw.opened;
    raw.socket.send(step1(stateVector(Array.from({ length: 50_000 }, (_, i): [number, number] => [i + 1, 1]))));
    expect((await raw.closed).code).toBe(CLOSE_CODES.BadMessage);
  });
});

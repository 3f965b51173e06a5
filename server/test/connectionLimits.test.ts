import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardMaps, CLOSE_CODES } from '@essaim/shared';
import { useLoggedServer } from './logCapture.js';
import { boardOn, noteIds, openBoard, sampleNote, useProvider, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('per-connection rate limits', () => {
  it('closes a client flooding 1,000 updates a second with 1008, while a person writing at 20 Hz is unaffected', async () => {
    const board = await openBoard();
    const writer = board.connect(board.workshop.facilitatorToken);
    const observer = board.connect();
    await whenSynced(writer);
    await whenSynced(observer);
    const flooder = await openRawClient(board.server.wsUrl, board.docName, board.participant.token);
    let closed: number | null = null;
    void flooder.closed.then((c) => (closed = c.code));

    // The flooder moves its own note 20 times every 20 ms; the writer adds a note and moves its cursor at ~15 Hz.
    let sent = 0;
    let written = 0;
    while (closed === null && sent < 20_000) {
      for (let i = 0; i < 20; i++) flooder.send((doc) => writeNote(doc, sampleNote('flood', board.participant.participantId, { x: sent++ })));
      if ((sent / 20) % 3 === 0) {
        writeNote(writer.doc, sampleNote(`w-${written++}`, board.workshop.facilitatorId));
        writer.provider.awareness.setLocalStateField('cursor', { x: sent, y: 0 });
      }
      await pause(20);
    }

    expect((await closeOf(flooder)).code).toBe(CLOSE_CODES.RateLimited);
    for (let i = 0; i < 20; i++) {
      writeNote(writer.doc, sampleNote(`w-${written++}`, board.workshop.facilitatorId));
      writer.provider.awareness.setLocalStateField('cursor', { x: i, y: 1 });
      await pause(50);
    }
    await waitFor(() => noteIds(observer.doc).filter((id) => id.startsWith('w-')).length === written, 5000, 'every writer note at the observer');
    expect(writer.closeCodes).toEqual([]);
    expect(observer.closeCodes).toEqual([]);
    // Fewer than the flood: it was cut off, not served.
    expect(sent).toBeLessThan(20_000);
  });

  it('closes a client flooding presence changes with 1008, but not one echoing the presences it hears', async () => {
    const board = await openBoard();
    const observer = board.connect(board.workshop.facilitatorToken);
    await whenSynced(observer);
    observer.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    const echoer = await openRawClient(board.server.wsUrl, board.docName, board.participant.token);
    const clock = observer.provider.awareness.meta.get(observer.doc.clientID)!.clock;
    const room = [...board.server.rooms.allConnections()][0]!.room;
    await waitFor(() => room.awareness.meta.get(observer.doc.clientID)?.clock === clock, 5000, 'the server to hold the observer’s presence');
    const echo = { clientId: observer.doc.clientID, clock, state: observer.provider.awareness.getLocalState() };
    // 100 echoes a second for 3 s: five times what the relay sends one socket, three times the change budget.
    for (let i = 0; i < 300; i++) {
      echoer.sendAwareness([echo]);
      await pause(10);
    }
    echoer.send((doc) => writeNote(doc, sampleNote('after-echoes', board.participant.participantId)));
    await waitFor(() => noteIds(observer.doc).includes('after-echoes'), 5000, 'the echoer’s note after 300 echoes');

    const flooder = await openRawClient(board.server.wsUrl, board.docName, board.participant.token);
    for (let i = 1; i <= 1000; i++) flooder.sendAwareness([{ clientId: flooder.doc.clientID, clock: i, state: { cursor: { x: i, y: 0 } } }]);

    expect((await closeOf(flooder)).code).toBe(CLOSE_CODES.RateLimited);
    expect(echoer.socket.readyState).toBe(echoer.socket.OPEN);
    expect(observer.closeCodes).toEqual([]);
  });
});

describe('board size cap', () => {
  it('refuses notes past the cap with 4413 and a log line, and still lets people delete', async () => {
    const maxBoardBytes = 4096;
    const { server, logs } = await useLoggedServer({ maxBoardBytes });
    const board = await boardOn(server);
    const observer = useProvider(server.wsUrl, board.docName, board.workshop.facilitatorToken);
    await whenSynced(observer);
    const writer = await openRawClient(server.wsUrl, board.docName, board.participant.token);

    let sent = 0;
    while (writer.socket.readyState === writer.socket.OPEN && sent < 200) {
      writer.send((doc) => writeNote(doc, sampleNote(`n-${sent++}`, board.participant.participantId, { text: 'x'.repeat(100) })));
      await pause(5);
    }

    expect((await closeOf(writer)).code).toBe(CLOSE_CODES.BoardFull);
    const kept = noteIds(observer.doc);
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(sent);
    expect(Y.encodeStateAsUpdate(observer.doc).byteLength).toBeLessThanOrEqual(maxBoardBytes);
    const line = logs.entries().find((e) => e.msg === 'board full: refused a change that adds content');
    expect(line).toMatchObject({ doc: board.docName, participantId: board.participant.participantId, maxBoardBytes });

    const again = await openRawClient(server.wsUrl, board.docName, board.participant.token);
    again.send((doc) => boardMaps(doc).notes.delete(kept[0]!));
    await waitFor(() => !noteIds(observer.doc).includes(kept[0]!), 5000, 'the deletion to reach the observer');
    expect(again.socket.readyState).toBe(again.socket.OPEN);
  });
});

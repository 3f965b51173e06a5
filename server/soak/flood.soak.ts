import { expect, it } from 'vitest';
import { boardMaps, CLOSE_CODES } from '@essaim/shared';
import { openBoard, sampleNote, writeNote } from '../test/openBoard.js';
import { whenSynced } from '../test/providers.js';
import { openRawClient } from '../test/rawClient.js';
import { reportTable } from './soakTable.js';

const FLOODERS = 10;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('cuts off ten clients flooding updates as fast as they can, while a real writer keeps being delivered', async () => {
  const board = await openBoard();
  const writer = board.connect(board.workshop.facilitatorToken);
  const observer = board.connect();
  await whenSynced(writer);
  await whenSynced(observer);

  // When each writer note reaches the observer, against when it was written: one clock.
  const writtenAt = new Map<string, number>();
  const delays: number[] = [];
  boardMaps(observer.doc).notes.observe((event) => {
    for (const key of event.keysChanged) {
      const at = writtenAt.get(key);
      if (at !== undefined && !delays[Number(key.slice(2))]) delays[Number(key.slice(2))] = Date.now() - at;
    }
  });

  const started = Date.now();
  const flooders = await Promise.all(Array.from({ length: FLOODERS }, () => openRawClient(board.server.wsUrl, board.docName, board.participant.token)));
  const closedAfter: number[] = [];
  const codes = flooders.map((f) => f.closed.then((c) => (closedAfter.push(Date.now() - started), c.code)));
  let sent = 0;
  let written = 0;
  while (closedAfter.length < FLOODERS && Date.now() - started < 60_000) {
    for (const [n, f] of flooders.entries()) {
      if (f.socket.readyState !== f.socket.OPEN) continue;
      for (let i = 0; i < 20; i++) f.send((doc) => writeNote(doc, sampleNote(`flood-${n}`, board.participant.participantId, { x: sent++ })));
    }
    if (sent % 60 === 0) {
      const id = `w-${written++}`;
      writtenAt.set(id, Date.now());
      writeNote(writer.doc, sampleNote(id, board.workshop.facilitatorId));
    }
    await pause(20);
  }
  const closeCodes = await Promise.all(codes);
  for (let i = 0; i < 20; i++) {
    const id = `w-${written++}`;
    writtenAt.set(id, Date.now());
    writeNote(writer.doc, sampleNote(id, board.workshop.facilitatorId));
    await pause(50);
  }
  await pause(1000);
  const delivered = delays.filter((d) => d !== undefined);
  const sorted = [...delivered].sort((a, b) => a - b);
  closedAfter.sort((a, b) => a - b);
  const floodSeconds = closedAfter[FLOODERS - 1]! / 1000;
  reportTable('Flood: clients sending updates as fast as they can (limit 60/s, burst 200)', [
    {
      flooders: FLOODERS,
      'updates sent': sent,
      'rate per flooder': `${Math.round(sent / FLOODERS / floodSeconds)}/s`,
      'closed 1008': closeCodes.filter((c) => c === CLOSE_CODES.RateLimited).length,
      'cut off after (median)': `${closedAfter[Math.floor(FLOODERS / 2)]} ms`,
      'cut off after (max)': `${closedAfter[FLOODERS - 1]} ms`,
      'writer notes delivered': `${delivered.length}/${written}`,
      'delivery p50': `${sorted[Math.floor(sorted.length / 2)] ?? '-'} ms`,
      'delivery max': `${sorted[sorted.length - 1] ?? '-'} ms`,
      'writer/observer closed': writer.closeCodes.length + observer.closeCodes.length,
    },
  ]);
  expect(closeCodes.every((c) => c === CLOSE_CODES.RateLimited)).toBe(true);
  expect(delivered.length).toBe(written);
  expect([...writer.closeCodes, ...observer.closeCodes]).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import {
  boardMaps,
  deleteNotes,
  frameHoldsNote,
  rankResults,
  readNotes,
  readTimer,
  readVoteRounds,
  rectsIntersect,
  roundCounts,
  type Note,
  type VoteResponse,
} from '@essaim/shared';
import { waitFor, whenSynced } from './providers.js';
import { expectError, type ErrorBody } from './request.js';
import {
  closeVote,
  countsOf,
  expectStatus,
  frameTitled,
  framesOf,
  getVote,
  inside,
  keepVote,
  openRound,
  openVoteWorkshop,
  patchVote,
  pollUntil,
  putDot,
  startVote,
  takeDot,
  waitForRound,
  writeNotes,
} from './voteScene.js';
import type { WorkshopScene } from './workshopScene.js';

/** Puts each dot in turn (each must be accepted) and returns the last answer. */
async function dots(scene: WorkshopScene, voteId: string, token: string, noteIds: string[]): Promise<VoteResponse> {
  let last: VoteResponse | undefined;
  for (const id of noteIds) last = await expectStatus(putDot(scene, voteId, id, token));
  return last!;
}

const reading = (a: Pick<Note, 'x' | 'y'>, b: Pick<Note, 'x' | 'y'>): number => a.y - b.y || a.x - b.x;

describe('dot voting', () => {
  it('opens a round with the defaults on every breakout room, in the workshop document everyone syncs; one open round a room', async () => {
    const scene = await openVoteWorkshop({ rooms: 2 });
    const [room1, room2] = scene.breakouts.map((r) => r.id) as [string, string];
    const lina = await scene.join('Lina', room1);
    const workshopDoc = scene.connect(scene.docName, lina.token);
    await whenSynced(workshopDoc);

    const round = await openRound(scene);
    expect(round).toMatchObject({
      number: 1,
      status: 'open',
      scope: { kind: 'board' },
      dotsPerPerson: 3,
      maxPerNote: 1,
      anonymous: true,
      resultsVisible: 'after',
      durationSeconds: null,
      closedAt: null,
      results: expect.anything(),
      turnout: null,
      byRoom: null,
      copies: {},
      votersShared: false,
      dotsLeft: 0,
      myDots: {},
    });
    // the facilitator's answer carries the live tallies (none yet), never a voter of an anonymous round
    expect(countsOf(round.results)).toEqual({});
    expect(round.voters).toBeUndefined();
    expect([...round.roomIds].sort()).toEqual([room1, room2].sort());
    expect(round.roomIds).not.toContain(scene.plenary.id);

    // every browser of the workshop has it, without a count
    const synced = await waitForRound(workshopDoc, round.voteId, () => true, 'the round in the workshop document');
    expect(synced).toMatchObject({ status: 'open', results: null, dotsPerPerson: 3, maxPerNote: 1, number: 1 });
    expect(await expectStatus(getVote(scene, round.voteId, lina.token))).toMatchObject({ dotsLeft: 3, myDots: {}, results: null, status: 'open' });

    // one open round a room: on either of its rooms, another is refused
    expectError(await startVote(scene, {}), 409, 'vote_open');
    expectError(await startVote(scene, { roomIds: [room2] }), 409, 'vote_open');
    expect(readVoteRounds(workshopDoc.doc)).toHaveLength(1);

    // closed, the rooms take a new round: number 2, with the settings asked
    await expectStatus(closeVote(scene, round.voteId));
    const second = await openRound(scene, { roomIds: [room2], dotsPerPerson: 5, maxPerNote: 2, anonymous: false, resultsVisible: 'live', durationSeconds: 600 });
    expect(second).toMatchObject({ number: 2, roomIds: [room2], dotsPerPerson: 5, maxPerNote: 2, anonymous: false, resultsVisible: 'live', durationSeconds: 600 });
    await waitFor(() => readVoteRounds(workshopDoc.doc).length === 2, 5000, 'both rounds in the workshop document');

    // without breakout rooms, the round is the plenary's
    const plenaryOnly = await openVoteWorkshop({}, scene.server);
    expect((await openRound(plenaryOnly)).roomIds).toEqual([plenaryOnly.plenary.id]);
  });

  it('refuses malformed rounds with a readable 400, opening nothing', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', room);
    await writeNotes(scene, lina, room, [{ id: 'note-a', x: 0, y: 0 }]);
    const bad: unknown[] = [
      { dotsPerPerson: 0 },
      { dotsPerPerson: 100 },
      { dotsPerPerson: 2.5 },
      { dotsPerPerson: '3' },
      { maxPerNote: 0 },
      { dotsPerPerson: 2, maxPerNote: 3 },
      { maxPerNote: 4 },
      { anonymous: 'oui' },
      { resultsVisible: 'never' },
      { durationSeconds: 0 },
      { durationSeconds: 7201 },
      { durationSeconds: 1.5 },
      { noteIds: ['note-a'], frameId: 'z' },
      { frameId: 'zone-inconnue' },
      { groupId: 'groupe-inconnu' },
      { noteIds: ['note-inconnue'] },
      { noteIds: 'note-a' },
      { noteIds: [] },
      { roomIds: ['salle-inconnue'] },
      { roomIds: room },
      { dotz: 3 },
    ];
    const wrong: string[] = [];
    for (const body of bad) {
      const answer = await startVote(scene, body);
      const error = (answer.body as Partial<ErrorBody>).error;
      // a readable sentence, as every error of the API
      if (answer.status !== 400 || error?.code !== 'invalid_request' || !/^[A-Z].{10,}/.test(error.message)) {
        wrong.push(`${JSON.stringify(body)} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
    const first = await openRound(scene);
    expect(first.number).toBe(1);
  });

  it('takes the rooms whose boards hold the notes named, when no room is named', async () => {
    const scene = await openVoteWorkshop({ rooms: 2 });
    const [room1, room2] = scene.breakouts.map((r) => r.id) as [string, string];
    const sami = await scene.join('Sami', room2);
    await writeNotes(scene, sami, room2, [{ id: 'note-salle-2', x: 0, y: 0 }, { id: 'autre-note', x: 300, y: 0 }]);
    const round = await openRound(scene, { noteIds: ['note-salle-2'] });
    expect(round.roomIds).toEqual([room2]);
    expect(round.scope).toEqual({ kind: 'notes', noteIds: ['note-salle-2'] });
    // room 1 is free for a round of its own
    expect((await openRound(scene, { roomIds: [room1] })).roomIds).toEqual([room1]);
  });

  it('lets three participants put their dots within the budget and the cap per note, take one back, and ranks the results at the close, ties sharing a rank', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const [lina, marc, sami, zoe] = await Promise.all(['Lina', 'Marc', 'Sami', 'Zoé'].map((n) => scene.join(n, room)));
    await writeNotes(scene, lina!, room, [{ id: 'note-a', x: 0, y: 0, text: 'Un bus le samedi' }, { id: 'note-b', x: 300, y: 0, text: 'Une épicerie' }]);
    await writeNotes(scene, marc!, room, [{ id: 'note-c', x: 0, y: 300, text: 'Du covoiturage' }, { id: 'note-d', x: 300, y: 300, text: 'Un tiers-lieu' }]);
    const { voteId } = await openRound(scene, { dotsPerPerson: 3, maxPerNote: 2 });

    // Lina: two dots on A, the cap; one on B, the budget spent
    expect(await dots(scene, voteId, lina!.token, ['note-a', 'note-a'])).toMatchObject({ dotsLeft: 1, myDots: { 'note-a': 2 } });
    expectError(await putDot(scene, voteId, 'note-a', lina!.token), 409, 'note_cap_reached');
    expect(await dots(scene, voteId, lina!.token, ['note-b'])).toMatchObject({ dotsLeft: 0, myDots: { 'note-a': 2, 'note-b': 1 } });
    expectError(await putDot(scene, voteId, 'note-c', lina!.token), 409, 'no_dots_left');
    // she takes one back from A and puts it on C; none to take on D
    expect(await expectStatus(takeDot(scene, voteId, 'note-a', lina!.token))).toMatchObject({ dotsLeft: 1, myDots: { 'note-a': 1, 'note-b': 1 } });
    expectError(await takeDot(scene, voteId, 'note-d', lina!.token), 409, 'no_dot_here');
    expect(await dots(scene, voteId, lina!.token, ['note-c'])).toMatchObject({ dotsLeft: 0, myDots: { 'note-a': 1, 'note-b': 1, 'note-c': 1 } });

    expect(await dots(scene, voteId, marc!.token, ['note-a', 'note-a', 'note-b'])).toMatchObject({ dotsLeft: 0, myDots: { 'note-a': 2, 'note-b': 1 } });
    expect(await dots(scene, voteId, sami!.token, ['note-b', 'note-c', 'note-d'])).toMatchObject({ dotsLeft: 0, myDots: { 'note-b': 1, 'note-c': 1, 'note-d': 1 } });
    // Zoé does not vote
    expect(await expectStatus(getVote(scene, voteId, zoe!.token))).toMatchObject({ dotsLeft: 3, myDots: {} });

    const closed = await expectStatus(closeVote(scene, voteId));
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).toEqual(expect.any(Number));
    expect(countsOf(closed.results)).toEqual({ 'note-a': 3, 'note-b': 3, 'note-c': 2, 'note-d': 1 });
    // best first, each result in its room
    const counts = closed.results!.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(closed.results!.every((r) => r.roomId === room)).toBe(true);
    expect(rankResults(closed.results!).filter((r) => r.count > 0).map((r) => [r.noteId, r.rank])).toEqual([['note-a', 1], ['note-b', 1], ['note-c', 3], ['note-d', 4]]);
    expect(closed.turnout).toEqual({ voted: 3, eligible: 4 });
    expect(closed.byRoom).toEqual([{ roomId: room, voted: 3, eligible: 4, dots: 9 }]);
    expect(closed.votedByRoom[room]).toBe(3);

    // closing again changes nothing; the dots are frozen
    const again = await expectStatus(closeVote(scene, voteId));
    expect(again.results).toEqual(closed.results);
    expect(again.closedAt).toBe(closed.closedAt);
    expectError(await putDot(scene, voteId, 'note-d', zoe!.token), 409, 'vote_closed');
    expectError(await takeDot(scene, voteId, 'note-a', lina!.token), 409, 'vote_closed');
    // participants now see the results, and still their own dots
    expect(await expectStatus(getVote(scene, voteId, sami!.token))).toMatchObject({
      results: closed.results,
      turnout: { voted: 3, eligible: 4 },
      myDots: { 'note-b': 1, 'note-c': 1, 'note-d': 1 },
    });
  });

  it('gives turnout and dots per room for a round over two rooms, each result in its room', async () => {
    const scene = await openVoteWorkshop({ rooms: 2 });
    const [roomA, roomB] = scene.breakouts.map((r) => r.id) as [string, string];
    const [lina, marc] = await Promise.all(['Lina', 'Marc'].map((n) => scene.join(n, roomA)));
    // Ugo does not vote
    const [sami, tom] = await Promise.all(['Sami', 'Tom', 'Ugo'].map((n) => scene.join(n, roomB)));
    await writeNotes(scene, lina!, roomA, [{ id: 'a1', x: 0, y: 0 }, { id: 'a2', x: 300, y: 0 }]);
    await writeNotes(scene, sami!, roomB, [{ id: 'b1', x: 0, y: 0 }, { id: 'b2', x: 300, y: 0 }]);
    const facilitatorDoc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    const { voteId } = await openRound(scene);

    await dots(scene, voteId, lina!.token, ['a1', 'a2']);
    await dots(scene, voteId, marc!.token, ['a1']);
    await dots(scene, voteId, sami!.token, ['b1']);
    await dots(scene, voteId, tom!.token, ['b1', 'b2']);
    // a person's dots stay in their room
    expectError(await putDot(scene, voteId, 'b2', lina!.token), 409, 'note_out_of_scope');

    // the facilitator follows the live tallies; everyone sees how many voted in each room
    const live = await expectStatus(getVote(scene, voteId, scene.workshop.facilitatorToken));
    expect(countsOf(live.results)).toEqual({ a1: 2, a2: 1, b1: 2, b2: 1 });
    expect(live.votedByRoom).toEqual({ [roomA]: 2, [roomB]: 2 });
    await waitForRound(facilitatorDoc, voteId, (r) => r.votedByRoom[roomA] === 2 && r.votedByRoom[roomB] === 2, 'the people who voted, per room');

    const closed = await expectStatus(closeVote(scene, voteId));
    expect(closed.turnout).toEqual({ voted: 4, eligible: 5 });
    expect([...closed.byRoom!].sort((x, y) => x.roomId.localeCompare(y.roomId))).toEqual(
      [
        { roomId: roomA, voted: 2, eligible: 2, dots: 3 },
        { roomId: roomB, voted: 2, eligible: 3, dots: 3 },
      ].sort((x, y) => x.roomId.localeCompare(y.roomId)),
    );
    const roomOf = Object.fromEntries(closed.results!.map((r) => [r.noteId, r.roomId]));
    expect(roomOf).toMatchObject({ a1: roomA, a2: roomA, b1: roomB, b2: roomB });
    // and the workshop document has them at the close
    const synced = await waitForRound(facilitatorDoc, voteId, (r) => r.status === 'closed', 'the closed round');
    expect(countsOf(synced.results)).toEqual({ a1: 2, a2: 1, b1: 2, b2: 1 });
    expect(synced.turnout).toEqual({ voted: 4, eligible: 5 });
    expect(synced.byRoom).toEqual(closed.byRoom);
  });

  it('shows a participant and an observer only their own dots and the number who voted while the results wait for the close; the facilitator the live tallies', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const [lina, marc] = await Promise.all(['Lina', 'Marc'].map((n) => scene.join(n, room)));
    const observer = await scene.invite('observer', 'Observatoire');
    await writeNotes(scene, lina!, room, [{ id: 'note-a', x: 0, y: 0 }, { id: 'note-b', x: 300, y: 0 }]);
    const { voteId } = await openRound(scene, { dotsPerPerson: 2 });
    await dots(scene, voteId, lina!.token, ['note-a']);
    await dots(scene, voteId, marc!.token, ['note-a', 'note-b']);

    const asLina = await expectStatus(getVote(scene, voteId, lina!.token));
    expect(asLina).toMatchObject({ results: null, turnout: null, byRoom: null, dotsLeft: 1, myDots: { 'note-a': 1 }, votedByRoom: { [room]: 2 } });
    expect(asLina.voters).toBeUndefined();
    const asObserver = await expectStatus(getVote(scene, voteId, observer.token));
    expect(asObserver).toMatchObject({ results: null, turnout: null, byRoom: null, dotsLeft: 0, myDots: {}, votedByRoom: { [room]: 2 } });
    const asFacilitator = await expectStatus(getVote(scene, voteId, scene.workshop.facilitatorToken));
    expect(countsOf(asFacilitator.results)).toEqual({ 'note-a': 2, 'note-b': 1 });
    expect(asFacilitator).toMatchObject({ dotsLeft: 0, myDots: {} });
  });

  it('shows everyone the tallies while the round is open when its results are live', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const [lina, marc] = await Promise.all(['Lina', 'Marc'].map((n) => scene.join(n, room)));
    await writeNotes(scene, lina!, room, [{ id: 'note-a', x: 0, y: 0 }, { id: 'note-b', x: 300, y: 0 }]);
    const linaDoc = scene.connect(scene.docName, lina!.token);
    const { voteId } = await openRound(scene, { resultsVisible: 'live' });
    await dots(scene, voteId, marc!.token, ['note-a', 'note-b']);
    await dots(scene, voteId, lina!.token, ['note-a']);
    expect(countsOf((await expectStatus(getVote(scene, voteId, lina!.token))).results)).toEqual({ 'note-a': 2, 'note-b': 1 });
    const synced = await waitForRound(linaDoc, voteId, (r) => countsOf(r.results)['note-a'] === 2, 'the live tallies in the workshop document');
    expect(synced.status).toBe('open');
    expect(countsOf(synced.results)).toEqual({ 'note-a': 2, 'note-b': 1 });
  });

  it('shows a named round’s voters to facilitators, and to participants only once the round is closed and its voters shared', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const [lina, marc] = await Promise.all(['Lina', 'Marc'].map((n) => scene.join(n, room)));
    await writeNotes(scene, lina!, room, [{ id: 'note-a', x: 0, y: 0 }, { id: 'note-b', x: 300, y: 0 }]);
    const linaDoc = scene.connect(scene.docName, lina!.token);
    const { voteId } = await openRound(scene, { anonymous: false, dotsPerPerson: 2, maxPerNote: 2 });
    await dots(scene, voteId, lina!.token, ['note-a', 'note-a']);
    await dots(scene, voteId, marc!.token, ['note-b']);

    const voters = [
      { participantId: lina!.participantId, name: 'Lina', roomId: room, dots: { 'note-a': 2 } },
      { participantId: marc!.participantId, name: 'Marc', roomId: room, dots: { 'note-b': 1 } },
    ];
    const byName = (v: VoteResponse['voters']) => [...(v ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName((await expectStatus(getVote(scene, voteId, scene.workshop.facilitatorToken))).voters)).toEqual(voters);
    expect((await expectStatus(getVote(scene, voteId, lina!.token))).voters).toBeUndefined();
    // participants may not share them
    expectError(await patchVote(scene, voteId, { votersShared: true }, lina!.token), 403, 'forbidden');

    const closed = await expectStatus(closeVote(scene, voteId));
    expect(byName(closed.voters)).toEqual(voters);
    expect((await expectStatus(getVote(scene, voteId, marc!.token))).voters).toBeUndefined();

    const shared = await expectStatus(patchVote(scene, voteId, { votersShared: true }));
    expect(shared.votersShared).toBe(true);
    expect(byName((await expectStatus(getVote(scene, voteId, marc!.token))).voters)).toEqual(voters);
    await waitForRound(linaDoc, voteId, (r) => r.votersShared, 'the shared flag in the workshop document');
    // and hidden again
    await expectStatus(patchVote(scene, voteId, { votersShared: false }));
    expect((await expectStatus(getVote(scene, voteId, marc!.token))).voters).toBeUndefined();
    expectError(await patchVote(scene, voteId, { votersShared: 'oui' }), 400, 'invalid_request');
  });

  it('keeps the best notes of a needs map: copies into « 3 besoins prioritaires » in rank order below what it holds, with their counts, then moves one, then fills a zone named', async () => {
    const scene = await openVoteWorkshop({ rooms: 1, template: 'carte-des-besoins' });
    const room = scene.breakouts[0]!.id;
    const [lina, marc, sami] = await Promise.all(['Lina', 'Marc', 'Sami'].map((n) => scene.join(n, room)));
    const board = scene.connect(scene.board(room), scene.workshop.facilitatorToken);
    await whenSynced(board);
    const mobility = frameTitled(board.doc, 'Mobilité durable');
    const priorities = frameTitled(board.doc, '3 besoins prioritaires');
    const emerging = frameTitled(board.doc, 'Besoins émergents (1 à 2)');
    await writeNotes(scene, lina!, room, [
      { id: 'bus', ...inside(mobility, -180, -60), text: 'Un bus le samedi', color: 'blue' },
      { id: 'velo', ...inside(mobility, 0, -60), text: 'Des vélos en libre-service', color: 'green' },
      { id: 'covoit', ...inside(mobility, 180, -60), text: 'Du covoiturage', color: 'pink' },
      { id: 'navette', ...inside(mobility, 0, 120), text: 'Une navette vers la gare', color: 'orange' },
      // already in the priorities zone
      { id: 'deja', ...inside(priorities, -300, -100), text: 'Déjà retenu', color: 'yellow' },
    ]);
    const { voteId } = await openRound(scene, { frameId: mobility.id });
    await dots(scene, voteId, lina!.token, ['bus', 'velo', 'covoit']);
    await dots(scene, voteId, marc!.token, ['bus', 'velo', 'navette']);
    await dots(scene, voteId, sami!.token, ['bus', 'navette']);
    // bus 3, velo 2, navette 2, covoit 1
    // not before the close
    expect((await keepVote(scene, voteId, { noteIds: ['bus'], mode: 'copy' })).status).toBe(409);
    await expectStatus(closeVote(scene, voteId));

    const before = readNotes(board.doc);
    const deja = before.find((n) => n.id === 'deja')!;
    // asked out of order: laid out in rank order
    const kept = await expectStatus(keepVote(scene, voteId, { noteIds: ['covoit', 'bus'], mode: 'copy' }));
    expect(kept.kept).toEqual([{ roomId: room, frameId: priorities.id, count: 2 }]);
    const copyIds = Object.keys(kept.copies);
    expect(copyIds).toHaveLength(2);
    expect(Object.values(kept.copies).sort()).toEqual(['bus', 'covoit']);
    await waitFor(() => copyIds.every((id) => boardMaps(board.doc).notes.has(id)), 5000, 'the copies on the board');
    const notes = readNotes(board.doc);
    const zone = framesOf(board.doc).find((f) => f.id === priorities.id)!;
    const copyOf = (original: string) => notes.find((n) => kept.copies[n.id] === original)!;
    for (const original of ['bus', 'covoit']) {
      const source = before.find((n) => n.id === original)!;
      const copy = copyOf(original);
      expect(copy).toMatchObject({ text: source.text, color: source.color, width: source.width, height: source.height });
      expect(frameHoldsNote(zone, copy), `${original}'s copy in the zone`).toBe(true);
      // the original stays where it was
      expect(notes.find((n) => n.id === original)).toMatchObject({ x: source.x, y: source.y });
    }
    expect(reading(copyOf('bus'), copyOf('covoit'))).toBeLessThan(0);
    // below what the zone held
    for (const original of ['bus', 'covoit']) expect(copyOf(original).y).toBeGreaterThanOrEqual(deja.y + deja.height);
    expect(notes.find((n) => n.id === 'deja')).toMatchObject({ x: deja.x, y: deja.y });
    // the copies show the count of what they copy, in the answer and in the workshop document
    const counts = roundCounts(kept);
    expect(counts.get(copyOf('bus').id)).toBe(3);
    expect(counts.get(copyOf('covoit').id)).toBe(1);
    const facilitatorDoc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    await waitForRound(facilitatorDoc, voteId, (r) => Object.keys(r.copies).length === 2, 'the copies in the workshop document');

    // « move »: the note itself goes into the zone, below the copies
    const moved = await expectStatus(keepVote(scene, voteId, { noteIds: ['velo'], mode: 'move' }));
    expect(moved.kept).toEqual([{ roomId: room, frameId: priorities.id, count: 1 }]);
    await waitFor(() => frameHoldsNote(framesOf(board.doc).find((f) => f.id === priorities.id)!, readNotes(board.doc).find((n) => n.id === 'velo')!), 5000, 'the note moved');
    const afterMove = readNotes(board.doc);
    expect(afterMove).toHaveLength(notes.length);
    const velo = afterMove.find((n) => n.id === 'velo')!;
    expect(velo.y).toBeGreaterThanOrEqual(Math.max(...['bus', 'covoit'].map((o) => copyOf(o).y + copyOf(o).height)));
    for (const other of afterMove.filter((n) => n.id !== 'velo')) expect(rectsIntersect(velo, other), `velo over ${other.id}`).toBe(false);

    // a zone named
    const named = await expectStatus(keepVote(scene, voteId, { noteIds: ['navette'], mode: 'copy', frameId: emerging.id }));
    expect(named.kept).toEqual([{ roomId: room, frameId: emerging.id, count: 1 }]);
    const navetteCopy = Object.entries(named.copies).find(([, original]) => original === 'navette')![0];
    await waitFor(() => boardMaps(board.doc).notes.has(navetteCopy), 5000, 'the copy in the named zone');
    expect(frameHoldsNote(emerging, readNotes(board.doc).find((n) => n.id === navetteCopy)!)).toBe(true);
  });

  it('grows the priorities zone to hold every note kept, none over another', async () => {
    const scene = await openVoteWorkshop({ rooms: 1, template: 'carte-des-besoins' });
    const room = scene.breakouts[0]!.id;
    const people = await Promise.all(['Lina', 'Marc', 'Sami'].map((n) => scene.join(n, room)));
    const board = scene.connect(scene.board(room), scene.workshop.facilitatorToken);
    await whenSynced(board);
    const living = frameTitled(board.doc, 'Habitat durable');
    const priorities = frameTitled(board.doc, '3 besoins prioritaires');
    // more than the zone's 940 × 480 holds in rows of 160
    const ids = Array.from({ length: 14 }, (_, i) => `besoin-${i}`);
    await writeNotes(scene, people[0]!, room, ids.map((id, i) => ({ id, x: living.x + 90 + (i % 5) * 100, y: living.y + 120 + Math.floor(i / 5) * 110, text: id })));
    const { voteId } = await openRound(scene, { noteIds: ids, dotsPerPerson: 5 });
    for (const [i, person] of people.entries()) await dots(scene, voteId, person.token, ids.slice(i * 5, i * 5 + 5));
    await expectStatus(closeVote(scene, voteId));
    const kept = await expectStatus(keepVote(scene, voteId, { noteIds: ids, mode: 'copy' }));
    expect(kept.kept).toEqual([{ roomId: room, frameId: priorities.id, count: 14 }]);
    await waitFor(() => Object.keys(kept.copies).every((id) => boardMaps(board.doc).notes.has(id)), 5000, 'the copies');
    const zone = framesOf(board.doc).find((f) => f.id === priorities.id)!;
    expect(zone.height * zone.width).toBeGreaterThan(priorities.height * priorities.width);
    const copies = readNotes(board.doc).filter((n) => n.id in kept.copies);
    expect(copies).toHaveLength(14);
    for (const copy of copies) expect(frameHoldsNote(zone, copy), copy.id).toBe(true);
    for (const [i, a] of copies.entries()) for (const b of copies.slice(i + 1)) expect(rectsIntersect(a, b), `${a.id} over ${b.id}`).toBe(false);
  });

  it('keeps into a new « Priorités — vote N » zone beside the board when the room has no priorities zone', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', room);
    const board = await writeNotes(scene, lina, room, [{ id: 'note-a', x: 0, y: 0, text: 'A' }, { id: 'note-b', x: 400, y: 200, text: 'B' }]);
    await expectStatus(closeVote(scene, (await openRound(scene)).voteId));
    const { voteId } = await openRound(scene);
    await dots(scene, voteId, lina.token, ['note-b']);
    await expectStatus(closeVote(scene, voteId));
    const kept = await expectStatus(keepVote(scene, voteId, { noteIds: ['note-b'], mode: 'copy' }));
    expect(kept.kept).toHaveLength(1);
    const frameId = kept.kept[0]!.frameId;
    await waitFor(() => framesOf(board.doc).some((f) => f.id === frameId), 5000, 'the new zone');
    const zone = framesOf(board.doc).find((f) => f.id === frameId)!;
    expect(zone.title).toMatch(/^Priorités\s—\svote\s2$/u);
    const copyId = Object.keys(kept.copies)[0]!;
    await waitFor(() => boardMaps(board.doc).notes.has(copyId), 5000, 'the copy');
    const copy = readNotes(board.doc).find((n) => n.id === copyId)!;
    expect(frameHoldsNote(zone, copy)).toBe(true);
    // beside the board: over none of its notes
    for (const id of ['note-a', 'note-b']) expect(rectsIntersect(zone, readNotes(board.doc).find((n) => n.id === id)!), id).toBe(false);
  });

  it('starts the room’s timer with the round’s duration and closes the round when it reaches zero', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const lina = await scene.join('Lina', room);
    await writeNotes(scene, lina, room, [{ id: 'note-a', x: 0, y: 0 }]);
    const linaDoc = scene.connect(scene.docName, lina.token);
    await whenSynced(linaDoc);
    const { voteId } = await openRound(scene, { durationSeconds: 1 });
    await waitFor(() => readTimer(linaDoc.doc, room)?.durationMs === 1000, 2000, 'the room’s timer');
    expect(readTimer(linaDoc.doc, room)).toMatchObject({ running: true });
    await dots(scene, voteId, lina.token, ['note-a']);
    const closed = await waitForRound(linaDoc, voteId, (r) => r.status === 'closed', 'the round closed at zero', 5000);
    expect(countsOf(closed.results)).toEqual({ 'note-a': 1 });
    expect(closed.turnout).toEqual({ voted: 1, eligible: 1 });
    expectError(await putDot(scene, voteId, 'note-a', lina.token), 409, 'vote_closed');
    // the round's timer goes with it: no « Temps écoulé » left in the room's top bar
    await waitFor(() => readTimer(linaDoc.doc, room)?.running === false, 2000, 'the room’s timer stopped');
  });

  it('waits while the timer is paused, closing at zero once resumed; stays open when the timer is stopped', async () => {
    const paused = await openVoteWorkshop({ rooms: 1 });
    const stopped = await openVoteWorkshop({ rooms: 1 }, paused.server);
    const [p, s] = await Promise.all([openRound(paused, { durationSeconds: 2 }), openRound(stopped, { durationSeconds: 2 })]);
    await expectStatus(paused.admin('POST', '/timer', { action: 'pause' }));
    await expectStatus(stopped.admin('POST', '/timer', { action: 'stop' }));
    await new Promise((r) => setTimeout(r, 2600));
    expect((await expectStatus(getVote(paused, p.voteId, paused.workshop.facilitatorToken))).status).toBe('open');
    expect((await expectStatus(getVote(stopped, s.voteId, stopped.workshop.facilitatorToken))).status).toBe('open');
    await expectStatus(paused.admin('POST', '/timer', { action: 'resume' }));
    await pollUntil(async () => (await expectStatus(getVote(paused, p.voteId, paused.workshop.facilitatorToken))).status === 'closed', 5000, 'the round closed once resumed');
    expect((await expectStatus(getVote(stopped, s.voteId, stopped.workshop.facilitatorToken))).status).toBe('open');
  });

  it('gives a deleted note’s dots back to their owners and drops it from the tallies and the count of voters', async () => {
    const scene = await openVoteWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const [lina, marc, sami] = await Promise.all(['Lina', 'Marc', 'Sami'].map((n) => scene.join(n, room)));
    await writeNotes(scene, lina!, room, [{ id: 'note-a', x: 0, y: 0 }, { id: 'note-b', x: 300, y: 0 }, { id: 'note-c', x: 600, y: 0 }]);
    const linaDoc = scene.connect(scene.docName, lina!.token);
    const { voteId } = await openRound(scene, { dotsPerPerson: 3, maxPerNote: 2 });
    expect(await dots(scene, voteId, lina!.token, ['note-a', 'note-a', 'note-b'])).toMatchObject({ dotsLeft: 0 });
    await dots(scene, voteId, marc!.token, ['note-a', 'note-c']);
    // Sami's only dot is on the note that goes
    await dots(scene, voteId, sami!.token, ['note-a']);
    await waitForRound(linaDoc, voteId, (r) => r.votedByRoom[room] === 3, 'three voters');

    const board = scene.connect(scene.board(room), scene.workshop.facilitatorToken);
    await whenSynced(board);
    deleteNotes(board.doc, ['note-a']);
    // Lina's next answer counts her dots again, without anybody else asking first
    await pollUntil(async () => (await expectStatus(getVote(scene, voteId, lina!.token))).dotsLeft === 2, 3000, 'Lina’s dots back in her answer');
    expect(await expectStatus(getVote(scene, voteId, lina!.token))).toMatchObject({ dotsLeft: 2, myDots: { 'note-b': 1 }, votedByRoom: { [room]: 2 } });
    expect(await expectStatus(getVote(scene, voteId, marc!.token))).toMatchObject({ dotsLeft: 2, myDots: { 'note-c': 1 } });
    expect(countsOf((await expectStatus(getVote(scene, voteId, scene.workshop.facilitatorToken))).results)).toEqual({ 'note-b': 1, 'note-c': 1 });
    // « 2 personnes ont voté » on every screen, before anyone votes again
    await waitForRound(linaDoc, voteId, (r) => r.votedByRoom[room] === 2, 'Sami no longer counted as a voter in the workshop document', 3000);

    // the dots may be put again; the note gone takes none
    expectError(await putDot(scene, voteId, 'note-a', lina!.token), 409, 'note_out_of_scope');
    expect(await dots(scene, voteId, lina!.token, ['note-c', 'note-b'])).toMatchObject({ dotsLeft: 0, myDots: { 'note-b': 2, 'note-c': 1 } });
    const closed = await expectStatus(closeVote(scene, voteId));
    expect(countsOf(closed.results)).toEqual({ 'note-b': 2, 'note-c': 2 });
    expect(closed.turnout).toEqual({ voted: 2, eligible: 3 });
    expect(closed.byRoom).toEqual([{ roomId: room, voted: 2, eligible: 3, dots: 4 }]);
  });
});

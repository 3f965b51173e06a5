import { describe, expect, it } from 'vitest';
import { readTimer, readVoteRounds, type VoteResponse } from '@essaim/shared';
import { useServer } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { bearer, expectError, request, type Answer } from './request.js';
import {
  carriedValues,
  closeVote,
  countsOf,
  expectStatus,
  frameLeaks,
  frameTitled,
  getVote,
  inside,
  keepVote,
  openRound,
  openVoteWorkshop,
  patchVote,
  putDot,
  recordingProvider,
  roundIn,
  startVote,
  takeDot,
  tallyLeaks,
  waitForRound,
  writeNotes,
  type HiddenTallyRules,
} from './voteScene.js';
import type { WorkshopScene } from './workshopScene.js';

/**
 * Dot voting under attack: what a participant can send by hand (curl, devtools, two tabs) to
 * put more dots than allowed, vote where they may not, or learn the tallies before the close.
 */

const statuses = (answers: Answer[]): number[] => answers.map((a) => a.status).sort();

/** A room with Lina, Marc and Sami and notes A–E on its board (written by Marc). */
async function votingRoom(server?: Awaited<ReturnType<typeof useServer>>) {
  const scene = await openVoteWorkshop({ rooms: 2 }, server ?? (await useServer({ joinRateLimit: 1000 })));
  const [room, otherRoom] = scene.breakouts.map((r) => r.id) as [string, string];
  const [lina, marc, sami] = await Promise.all(['Lina', 'Marc', 'Sami'].map((n) => scene.join(n, room)));
  const noteIds = ['note-a', 'note-b', 'note-c', 'note-d', 'note-e'];
  await writeNotes(scene, marc!, room, noteIds.map((id, i) => ({ id, x: i * 200, y: 0, text: `Besoin ${id}` })));
  return { scene, room, otherRoom, lina: lina!, marc: marc!, sami: sami!, noteIds };
}

async function facilitatorCounts(scene: WorkshopScene, voteId: string): Promise<Record<string, number>> {
  return countsOf((await expectStatus(getVote(scene, voteId, scene.workshop.facilitatorToken))).results);
}

describe('dot voting under attack', () => {
  it('refuses a dot past the budget whatever the order of the calls', async () => {
    const { scene, lina, noteIds } = await votingRoom();
    const { voteId } = await openRound(scene, { dotsPerPerson: 3, maxPerNote: 1 });
    for (const id of noteIds.slice(0, 3)) await expectStatus(putDot(scene, voteId, id, lina.token));
    for (const id of noteIds.slice(3)) expectError(await putDot(scene, voteId, id, lina.token), 409, 'no_dots_left');
    // take one back, and the budget is one again, not more
    await expectStatus(takeDot(scene, voteId, 'note-a', lina.token));
    await expectStatus(putDot(scene, voteId, 'note-d', lina.token));
    expectError(await putDot(scene, voteId, 'note-e', lina.token), 409, 'no_dots_left');
    expect(await expectStatus(getVote(scene, voteId, lina.token))).toMatchObject({ dotsLeft: 0, myDots: { 'note-b': 1, 'note-c': 1, 'note-d': 1 } });
    expect(await facilitatorCounts(scene, voteId)).toEqual({ 'note-b': 1, 'note-c': 1, 'note-d': 1 });
  });

  it('never lets ten concurrent dots from two tabs of one person exceed the budget, nor the cap on one note', async () => {
    const { scene, lina, marc, noteIds } = await votingRoom();
    const { voteId } = await openRound(scene, { dotsPerPerson: 3, maxPerNote: 2 });
    // two tabs, the same token, five requests each, all at once, on five notes
    const tab = (offset: number) => Array.from({ length: 5 }, (_, i) => putDot(scene, voteId, noteIds[(i + offset) % 5]!, lina.token));
    const answers = await Promise.all([...tab(0), ...tab(2)]);
    expect(statuses(answers)).toEqual([200, 200, 200, 409, 409, 409, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.status === 409)) expect((a.body as unknown as { error: { code: string } }).error.code).toMatch(/^(no_dots_left|note_cap_reached)$/);
    const mine = await expectStatus(getVote(scene, voteId, lina.token));
    expect(mine.dotsLeft).toBe(0);
    expect(Object.values(mine.myDots).reduce((a, b) => a + b, 0)).toBe(3);
    expect(Math.max(...Object.values(mine.myDots))).toBeLessThanOrEqual(2);
    expect(Object.values(await facilitatorCounts(scene, voteId)).reduce((a, b) => a + b, 0)).toBe(3);

    // ten at once on one note: the cap holds
    const { voteId: second } = await (async () => {
      await expectStatus(closeVote(scene, voteId));
      return openRound(scene, { dotsPerPerson: 9, maxPerNote: 2 });
    })();
    const onOne = await Promise.all(Array.from({ length: 10 }, () => putDot(scene, second, 'note-a', marc.token)));
    expect(statuses(onOne)).toEqual([200, 200, ...Array(8).fill(409)]);
    expect(await expectStatus(getVote(scene, second, marc.token))).toMatchObject({ dotsLeft: 7, myDots: { 'note-a': 2 } });

    // ten takes at once of the two dots on it: two back, not ten
    const back = await Promise.all(Array.from({ length: 10 }, () => takeDot(scene, second, 'note-a', marc.token)));
    expect(statuses(back)).toEqual([200, 200, ...Array(8).fill(409)]);
    expect(await expectStatus(getVote(scene, second, marc.token))).toMatchObject({ dotsLeft: 9, myDots: {} });
    expect(await facilitatorCounts(scene, second)).toEqual({});
  });

  it('refuses dots on a closed round, and taking them back', async () => {
    const { scene, lina } = await votingRoom();
    const { voteId } = await openRound(scene);
    await expectStatus(putDot(scene, voteId, 'note-a', lina.token));
    await expectStatus(closeVote(scene, voteId));
    expectError(await putDot(scene, voteId, 'note-b', lina.token), 409, 'vote_closed');
    expectError(await takeDot(scene, voteId, 'note-a', lina.token), 409, 'vote_closed');
    expect((await expectStatus(getVote(scene, voteId, lina.token))).myDots).toEqual({ 'note-a': 1 });
  });

  it('refuses a note out of the round’s scope: another zone, another room’s board, a note not named, an unknown id', async () => {
    const scene = await openVoteWorkshop({ rooms: 2, template: 'carte-des-besoins' });
    const [room, otherRoom] = scene.breakouts.map((r) => r.id) as [string, string];
    const [lina, other] = await Promise.all([scene.join('Lina', room), scene.join('Omar', otherRoom)]);
    const board = scene.connect(scene.board(room), scene.workshop.facilitatorToken);
    await whenSynced(board);
    const mobility = frameTitled(board.doc, 'Mobilité durable');
    const housing = frameTitled(board.doc, 'Habitat durable');
    await writeNotes(scene, lina, room, [
      { id: 'in-zone', ...inside(mobility) },
      { id: 'other-zone', ...inside(housing) },
    ]);
    await writeNotes(scene, other, otherRoom, [{ id: 'other-room-note', ...inside(mobility) }]);

    // a zone, no room named: the room whose board holds it
    const own = await openRound(scene, { frameId: mobility.id });
    expect(own.roomIds).toEqual([room]);
    await expectStatus(closeVote(scene, own.voteId));
    // one zone in both rooms: in the other, its zone of the same title
    const zoneRound = await openRound(scene, { frameId: mobility.id, roomIds: [room, otherRoom] });
    expect(zoneRound.scope).toMatchObject({ kind: 'frame', frameId: mobility.id, title: 'Mobilité durable' });
    await expectStatus(putDot(scene, zoneRound.voteId, 'in-zone', lina.token));
    expectError(await putDot(scene, zoneRound.voteId, 'other-zone', lina.token), 409, 'note_out_of_scope');
    // a note of a board of the round, but not one Lina may open
    expectError(await putDot(scene, zoneRound.voteId, 'other-room-note', lina.token), 409, 'note_out_of_scope');
    expectError(await putDot(scene, zoneRound.voteId, 'nulle-part', lina.token), 409, 'note_out_of_scope');
    await expectStatus(putDot(scene, zoneRound.voteId, 'other-room-note', other.token));
    expect(await facilitatorCounts(scene, zoneRound.voteId)).toEqual({ 'in-zone': 1, 'other-room-note': 1 });
    await expectStatus(closeVote(scene, zoneRound.voteId));

    // the notes named only
    const named = await openRound(scene, { noteIds: ['in-zone'] });
    expect(named.roomIds).toEqual([room]);
    expectError(await putDot(scene, named.voteId, 'other-zone', lina.token), 409, 'note_out_of_scope');
    await expectStatus(putDot(scene, named.voteId, 'in-zone', lina.token));
    // Omar's room is not in it
    expectError(await putDot(scene, named.voteId, 'in-zone', other.token), 403, 'vote_room_excluded');
    expectError(await putDot(scene, named.voteId, 'other-room-note', other.token), 403, 'vote_room_excluded');
    expect(await facilitatorCounts(scene, named.voteId)).toEqual({ 'in-zone': 1 });
  });

  it('refuses someone else’s token: another workshop’s participant (403), a room not in the round (vote_room_excluded), an observer and a facilitator (forbidden), no token (401)', async () => {
    const { scene, room, otherRoom, lina } = await votingRoom();
    const outsider = await openVoteWorkshop({ rooms: 1 }, scene.server);
    const stranger = await outsider.join('Inconnu', outsider.breakouts[0]!.id);
    const elsewhere = await scene.join('Omar', otherRoom);
    const observer = await scene.invite('observer', 'Observatoire');
    const cofacilitator = await scene.invite('facilitator', 'Claire');
    const { voteId } = await openRound(scene, { roomIds: [room] });

    expectError(await putDot(scene, voteId, 'note-a', stranger.token), 403, 'forbidden');
    expectError(await getVote(scene, voteId, stranger.token), 403, 'forbidden');
    expectError(await putDot(scene, voteId, 'note-a', elsewhere.token), 403, 'vote_room_excluded');
    for (const token of [observer.token, scene.workshop.facilitatorToken, cofacilitator.token]) {
      expectError(await putDot(scene, voteId, 'note-a', token), 403, 'forbidden');
    }
    expectError(await putDot(scene, voteId, 'note-a', null), 401, 'unauthorized');
    expectError(await putDot(scene, voteId, 'note-a', 'pas-un-jeton'), 401, 'unauthorized');
    expect(await facilitatorCounts(scene, voteId)).toEqual({});

    // a participant cannot act as a facilitator
    expectError(await startVote(scene, { roomIds: [otherRoom] }, lina.token), 403, 'forbidden');
    expectError(await closeVote(scene, voteId, lina.token), 403, 'forbidden');
    expectError(await patchVote(scene, voteId, { votersShared: true }, lina.token), 403, 'forbidden');
    expectError(await keepVote(scene, voteId, { noteIds: ['note-a'], mode: 'copy' }, lina.token), 403, 'forbidden');
    expectError(await startVote(scene, {}, observer.token), 403, 'forbidden');
    expectError(await closeVote(scene, voteId, observer.token), 403, 'forbidden');
    // nor another workshop's facilitator
    expectError(await closeVote(scene, voteId, outsider.workshop.facilitatorToken), 403, 'forbidden');
    expect((await expectStatus(getVote(scene, voteId, lina.token))).status).toBe('open');
  });

  it('answers 404 for a round of another workshop, through this workshop’s address', async () => {
    const { scene, lina } = await votingRoom();
    const outsider = await openVoteWorkshop({ rooms: 1 }, scene.server);
    const theirs = await openRound(outsider);
    await openRound(scene);
    expectError(await getVote(scene, theirs.voteId, lina.token), 404, 'not_found');
    expectError(await getVote(scene, theirs.voteId, scene.workshop.facilitatorToken), 404, 'not_found');
    expectError(await putDot(scene, theirs.voteId, 'note-a', lina.token), 404, 'not_found');
    expectError(await takeDot(scene, theirs.voteId, 'note-a', lina.token), 404, 'not_found');
    expectError(await closeVote(scene, theirs.voteId), 404, 'not_found');
    expectError(await patchVote(scene, theirs.voteId, { votersShared: true }), 404, 'not_found');
    expectError(await keepVote(scene, theirs.voteId, { noteIds: ['note-a'], mode: 'copy' }), 404, 'not_found');
    expectError(await getVote(scene, 'inconnu', lina.token), 404, 'not_found');
    expect((await expectStatus(getVote(outsider, theirs.voteId, outsider.workshop.facilitatorToken))).status).toBe('open');
  });

  it('refuses forged bodies with a 400, never a 500, putting no dot: no string, huge strings, arrays, __proto__, names of Object’s own properties', async () => {
    const { scene, room, lina, marc } = await votingRoom();
    // notes whose ids are names of Object.prototype's properties: valid ids on a board
    await writeNotes(scene, marc, room, [{ id: 'toString', x: 0, y: 400 }, { id: 'hasOwnProperty', x: 200, y: 400 }, { id: 'valueOf', x: 400, y: 400 }]);
    const { voteId } = await openRound(scene, { dotsPerPerson: 3, maxPerNote: 1 });
    const url = `/api/workshops/${scene.workshop.workshopId}/votes/${voteId}/dots`;
    const raw = (rawBody: string) => request(scene.server.url, url, { method: 'POST', rawBody, headers: { ...bearer(lina.token), 'content-type': 'application/json' } });

    for (const noteId of [42, null, true, ['note-a'], { id: 'note-a' }, 'x'.repeat(10_000), 'é'.repeat(60), '', 'note a', '../note-a']) {
      const answer = await putDot(scene, voteId, noteId, lina.token);
      expect([400, 409], JSON.stringify(noteId).slice(0, 40)).toContain(answer.status);
      if (answer.status === 400) expectError(answer, 400, 'invalid_request');
      else expectError(answer, 409, 'note_out_of_scope');
    }
    for (const body of ['[{"noteId":"note-a"}]', '["note-a"]', '{"__proto__":{"noteId":"note-a"}}', '{"constructor":{"prototype":{"noteId":"note-a"}}}', '"note-a"', '{"noteId":', 'note-a']) {
      const answer = await raw(body);
      expect(answer.status, body).toBe(400);
    }
    for (const noteId of ['__proto__', 'constructor', 'prototype']) {
      const answer = await putDot(scene, voteId, noteId, lina.token);
      expect([400, 409], noteId).toContain(answer.status);
    }
    // too big a body
    expect((await raw(JSON.stringify({ noteId: 'note-a', pad: 'x'.repeat(100_000) }))).status).toBe(413);
    expect(await expectStatus(getVote(scene, voteId, lina.token))).toMatchObject({ dotsLeft: 3, myDots: {} });
    expect(await facilitatorCounts(scene, voteId)).toEqual({});

    // extra fields change nothing but the dot asked for
    const extra = await raw(JSON.stringify({ noteId: 'note-a', count: 50, dotsLeft: 99, participantId: marc.participantId, roomId: 'x' }));
    expect([200, 400]).toContain(extra.status);
    const after = await expectStatus(getVote(scene, voteId, lina.token));
    expect(after.myDots).toEqual(extra.status === 200 ? { 'note-a': 1 } : {});
    expect(after.dotsLeft).toBe(extra.status === 200 ? 2 : 3);
    expect((await expectStatus(getVote(scene, voteId, marc.token))).myDots).toEqual({});

    // the notes named like Object's properties count like any other, within the budget
    const proto = await Promise.all(['toString', 'hasOwnProperty', 'valueOf', 'toString'].map((id) => putDot(scene, voteId, id, marc.token)));
    expect(statuses(proto).filter((s) => s === 200)).toHaveLength(3);
    expect(await expectStatus(getVote(scene, voteId, marc.token))).toMatchObject({ dotsLeft: 0, myDots: { toString: 1, hasOwnProperty: 1, valueOf: 1 } });
    for (const noteId of ['constructor', '__proto__', 'prototype']) expect([400, 409], noteId).toContain((await takeDot(scene, voteId, noteId, marc.token)).status);
    await expectStatus(takeDot(scene, voteId, 'toString', marc.token));
    expectError(await takeDot(scene, voteId, 'toString', marc.token), 409, 'no_dot_here');
    const closed = await expectStatus(closeVote(scene, voteId));
    expect(countsOf(closed.results)).toEqual({ ...(extra.status === 200 ? { 'note-a': 1 } : {}), hasOwnProperty: 1, valueOf: 1 });

    // forged starts write nothing either
    for (const body of [[], '{"__proto__":{"dotsPerPerson":99}}', { dotsPerPerson: 1e308 }, { roomIds: ['x'.repeat(10_000)] }, { noteIds: Array(501).fill('note-a') }]) {
      const answer = typeof body === 'string'
        ? await request(scene.server.url, `/api/workshops/${scene.workshop.workshopId}/votes`, { method: 'POST', rawBody: body, headers: { ...bearer(scene.workshop.facilitatorToken), 'content-type': 'application/json' } })
        : await startVote(scene, body);
      if (Array.isArray(body) && answer.status === 201) {
        // an array is read as no field at all: a plain default round; close it again
        await expectStatus(closeVote(scene, (answer.body as VoteResponse).voteId));
        continue;
      }
      expect(answer.status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });

  it('counts every dot answered 200 when the close races with them, and takes none after it', async () => {
    const { scene, room, lina, marc, sami } = await votingRoom();
    const more = await Promise.all(['Tom', 'Ugo', 'Val'].map((n) => scene.join(n, room)));
    const people = [lina, marc, sami, ...more];
    const { voteId } = await openRound(scene, { dotsPerPerson: 3, maxPerNote: 1 });
    const putting = people.flatMap((p) => ['note-a', 'note-b', 'note-c'].map((id) => putDot(scene, voteId, id, p.token)));
    const [closed, ...answers] = await Promise.all([new Promise((r) => setTimeout(r, 5)).then(() => closeVote(scene, voteId)), ...putting]);
    const accepted = answers.filter((a) => a.status === 200).length;
    for (const a of answers.filter((x) => x.status !== 200)) expectError(a, 409, 'vote_closed');
    expect(closed!.status).toBe(200);
    const total = (closed!.body as VoteResponse).results!.reduce((n, r) => n + r.count, 0);
    expect(total, `${accepted} dots answered 200`).toBe(accepted);
    // and what the room reads later is the same
    const later = await expectStatus(getVote(scene, voteId, lina.token));
    expect(later.results).toEqual((closed!.body as VoteResponse).results);
    expect(later.byRoom![0]!.dots).toBe(accepted);
  });

  it('refuses forged « Garder » requests with a 400, writing nothing on the board', async () => {
    const { scene, room, lina, noteIds } = await votingRoom();
    const outsider = await openVoteWorkshop({ rooms: 1 }, scene.server);
    const { voteId } = await openRound(scene, { roomIds: [room] });
    await expectStatus(putDot(scene, voteId, 'note-a', lina.token));
    await expectStatus(closeVote(scene, voteId));
    const board = scene.connect(scene.board(room), scene.workshop.facilitatorToken);
    await whenSynced(board);
    const before = JSON.stringify(board.doc.toJSON());
    const bad: unknown[] = [
      {},
      { noteIds: 'note-a', mode: 'copy' },
      { noteIds: [], mode: 'copy' },
      { noteIds: ['note-a'], mode: 'delete' },
      { noteIds: ['note-a'] },
      { noteIds: [42], mode: 'copy' },
      { noteIds: ['__proto__'], mode: 'copy' },
      { noteIds: Array.from({ length: 101 }, (_, i) => `n${i}`), mode: 'copy' },
      // no dot on it in this round, or no such note
      { noteIds: [noteIds[4]], mode: 'copy' },
      { noteIds: ['inconnue'], mode: 'move' },
      { noteIds: ['note-a'], mode: 'copy', frameId: 'zone-inconnue' },
      { noteIds: ['note-a'], mode: 'copy', frameId: 42 },
    ];
    const wrong: string[] = [];
    for (const body of bad) {
      const answer = await keepVote(scene, voteId, body);
      if (answer.status !== 400) wrong.push(`${JSON.stringify(body).slice(0, 80)} → ${answer.status}`);
    }
    expect(wrong).toEqual([]);
    // a round of another workshop is no round here
    const theirs = await openRound(outsider);
    await expectStatus(closeVote(outsider, theirs.voteId));
    expectError(await keepVote(scene, theirs.voteId, { noteIds: ['note-a'], mode: 'copy' }), 404, 'not_found');
    await new Promise((r) => setTimeout(r, 200));
    expect(JSON.stringify(board.doc.toJSON())).toBe(before);
  });

  it('shows participants a named round’s live counts, never who put them, until the close and the sharing', async () => {
    const { scene, lina, marc, noteIds } = await votingRoom();
    const { voteId } = await openRound(scene, { anonymous: false, resultsVisible: 'live' });
    await expectStatus(putDot(scene, voteId, 'note-b', marc.token));
    await expectStatus(putDot(scene, voteId, 'note-a', lina.token));
    const seen = await expectStatus(getVote(scene, voteId, lina.token));
    expect(countsOf(seen.results)).toEqual({ 'note-a': 1, 'note-b': 1 });
    expect(seen.voters).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain(marc.participantId);
    await expectStatus(patchVote(scene, voteId, { votersShared: true }));
    const stillOpen = await expectStatus(getVote(scene, voteId, lina.token));
    expect(stillOpen.voters).toBeUndefined();
    expect(tallyLeaks(stillOpen, { noteIds, others: [marc.participantId], ownDots: { 'note-a': 1 } }).filter((l) => !l.includes('.results'))).toEqual([]);
    await expectStatus(closeVote(scene, voteId));
    expect((await expectStatus(getVote(scene, voteId, lina.token))).voters?.map((v) => v.name).sort()).toEqual(['Lina', 'Marc']);
  });

  it('refuses more than 100 rounds in a workshop with too_many_votes', async () => {
    const { scene, room } = await votingRoom();
    // each facilitator has 60 vote actions a minute: four co-facilitators share the 200 calls
    const tokens = await Promise.all(['A', 'B', 'C', 'D'].map(async (n) => (await scene.invite('facilitator', `Co ${n}`)).token));
    for (let i = 0; i < 100; i++) {
      const token = tokens[i % tokens.length]!;
      const { voteId } = await expectStatus(startVote(scene, { roomIds: [room] }, token), 201);
      await expectStatus(closeVote(scene, voteId, token));
    }
    expectError(await startVote(scene, { roomIds: [room] }, tokens[0]!), 409, 'too_many_votes');
    // nothing was opened
    const doc = scene.connect(scene.docName, scene.workshop.facilitatorToken);
    await whenSynced(doc);
    await waitFor(() => readVoteRounds(doc.doc).length === 100, 5000, 'the 100 rounds');
    expect(readVoteRounds(doc.doc).every((r) => r.status === 'closed')).toBe(true);
  }, 30_000);

  it('never lets a tally or another person’s dot reach a participant before the close: not a WebSocket frame of the workshop document or the board, not an HTTP answer; after the close they do', async () => {
    const { scene, room, otherRoom, lina, marc, sami, noteIds } = await votingRoom();
    const workshopFeed = recordingProvider(scene.server.wsUrl, scene.docName, lina.token);
    const boardFeed = recordingProvider(scene.server.wsUrl, scene.board(room), lina.token);
    await Promise.all([whenSynced(workshopFeed), whenSynced(boardFeed)]);

    // a named round: who voted for what exists on the server, for facilitators
    const { voteId } = await openRound(scene, { dotsPerPerson: 3, maxPerNote: 2, anonymous: false, resultsVisible: 'after' });
    const rules: HiddenTallyRules = { noteIds, others: [marc.participantId, sami.participantId] };
    const answers: { answer: VoteResponse; own: Record<string, number> }[] = [];
    const own: Record<string, number> = {};
    /** one of Lina's calls: the answer, with her own dots as they are after it */
    const asLina = async (call: Promise<Answer<VoteResponse>>, change?: [string, number]) => {
      const answer = await expectStatus(call);
      if (change) own[change[0]] = (own[change[0]] ?? 0) + change[1];
      for (const [k, v] of Object.entries(own)) if (v === 0) delete own[k];
      answers.push({ answer, own: { ...own } });
    };
    /** once the workshop document says `voted` people voted: the round Lina's copy holds shows nothing else */
    const checkDoc = async (voted: number) => {
      const round = await waitForRound(workshopFeed, voteId, (r) => r.votedByRoom[room] === voted, `${voted} voters in Lina’s copy`);
      expect(tallyLeaks(round, rules)).toEqual([]);
      expect(tallyLeaks(workshopFeed.doc.getMap('votes').toJSON(), rules)).toEqual([]);
    };

    await asLina(putDot(scene, voteId, 'note-a', lina.token), ['note-a', 1]);
    await checkDoc(1);
    await expectStatus(putDot(scene, voteId, 'note-b', marc.token));
    await expectStatus(putDot(scene, voteId, 'note-b', marc.token));
    await expectStatus(putDot(scene, voteId, 'note-c', marc.token));
    await checkDoc(2);
    await asLina(getVote(scene, voteId, lina.token));
    await expectStatus(putDot(scene, voteId, 'note-a', sami.token));
    await expectStatus(putDot(scene, voteId, 'note-c', sami.token));
    await checkDoc(3);
    await asLina(putDot(scene, voteId, 'note-c', lina.token), ['note-c', 1]);
    await asLina(takeDot(scene, voteId, 'note-a', lina.token), ['note-a', -1]);
    await asLina(putDot(scene, voteId, 'note-b', lina.token), ['note-b', 1]);
    await asLina(putDot(scene, voteId, 'note-b', lina.token), ['note-b', 1]);
    await expectStatus(takeDot(scene, voteId, 'note-c', sami.token));
    await expectStatus(putDot(scene, voteId, 'note-d', sami.token));
    await asLina(getVote(scene, voteId, lina.token));
    // the refusals she gets say nothing of the others either
    const refused = await putDot(scene, voteId, 'note-b', lina.token);
    const capped = await putDot(scene, voteId, 'note-e', lina.token);
    expect(refused.status).toBe(409);
    expect(capped.status).toBe(409);
    for (const a of [refused, capped]) expect(tallyLeaks(a.body, rules)).toEqual([]);
    // a barrier: once a later change of the workshop document reaches Lina, whatever the dots wrote has too
    await new Promise((r) => setTimeout(r, 300));
    await expectStatus(scene.admin('POST', '/timer', { action: 'start', seconds: 600, roomIds: [otherRoom] }));
    await waitFor(() => readTimer(workshopFeed.doc, otherRoom) !== undefined, 5000, 'the barrier');
    await checkDoc(3);

    // the tallies exist: the facilitator reads them, with who voted for what
    const live = await expectStatus(getVote(scene, voteId, scene.workshop.facilitatorToken));
    expect(countsOf(live.results)).toEqual({ 'note-a': 1, 'note-b': 4, 'note-c': 2, 'note-d': 1 });
    expect(live.voters).toHaveLength(3);

    // every HTTP answer Lina got: her own dots only
    expect(answers).toHaveLength(7);
    for (const { answer, own: ownThen } of answers) {
      expect(answer.myDots).toEqual(ownThen);
      expect(tallyLeaks(answer, { ...rules, ownDots: ownThen })).toEqual([]);
    }
    // every frame her sockets received: the rounds got there (the search reads them), nothing more
    const duringWorkshop = workshopFeed.frames.length;
    const duringBoard = boardFeed.frames.length;
    // (a value replacing another names its neighbour, not its map: rounds are known by their voteId)
    const roundsCarried = carriedValues(workshopFeed.frames).filter((v) => (v.value as { voteId?: string } | null)?.voteId === voteId);
    expect(roundsCarried.length).toBeGreaterThanOrEqual(4);
    expect(roundsCarried.some((v) => (v.value as { votedByRoom?: Record<string, number> }).votedByRoom?.[room] === 3)).toBe(true);
    expect(frameLeaks(workshopFeed.frames, rules)).toEqual([]);
    expect(frameLeaks(boardFeed.frames, rules)).toEqual([]);

    // the close: the same searches now find the counts, in the frames and in her answers
    await expectStatus(closeVote(scene, voteId));
    await waitForRound(workshopFeed, voteId, (r) => r.status === 'closed' && r.results !== null, 'the closed round in Lina’s copy');
    const afterClose = frameLeaks(workshopFeed.frames.slice(duringWorkshop), rules);
    expect(afterClose.some((l) => l.includes('.results'))).toBe(true);
    expect(afterClose.some((l) => l.includes('.turnout'))).toBe(true);
    expect(countsOf(roundIn(workshopFeed.doc, voteId)!.results)).toEqual({ 'note-a': 1, 'note-b': 4, 'note-c': 2, 'note-d': 1 });
    const seen = await expectStatus(getVote(scene, voteId, lina.token));
    expect(tallyLeaks(seen, { ...rules, ownDots: own }).some((l) => l.includes('.results'))).toBe(true);
    // the board never carries them
    expect(frameLeaks(boardFeed.frames.slice(duringBoard), rules)).toEqual([]);
    // shared voters: now the search finds Marc's dots in what Lina gets
    await expectStatus(patchVote(scene, voteId, { votersShared: true }));
    const shared = await expectStatus(getVote(scene, voteId, lina.token));
    const leaks = tallyLeaks(shared, { ...rules, ownDots: own });
    expect(leaks.some((l) => l.includes('.voters'))).toBe(true);
    expect(leaks.some((l) => l.includes('another participant'))).toBe(true);
  });
});

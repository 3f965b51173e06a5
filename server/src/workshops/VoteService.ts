import type { FastifyBaseLogger } from 'fastify';
import { nanoid } from 'nanoid';
import {
  boardMaps,
  keepInZone,
  mayOpenRoom,
  parseVoteRound,
  rankResults,
  rankedResults,
  namedVoters,
  tally,
  turnoutOf,
  votedByRoom,
  dotKey,
  roomDocName,
  VOTE_ROUNDS_MAX,
  workshopDocName,
  workshopMaps,
  writeWorkshop,
  type VoteKeepRequest,
  type VoteKeepResponse,
  type VoteResponse,
  type VoteResult,
  type VoteRound,
  type VoteScope,
  type VoteSettings,
  type VoteVoter,
} from '@essaim/shared';
import type { Identity } from '../auth/TokenService.js';
import { AppError } from '../http/AppError.js';
import type { DotRecord } from '../storage/Storage.js';
import { KeyedQueue } from './KeyedQueue.js';
import { resolveScope, roomHolding, zoneTitled } from './voteBoards.js';
import { followTimers, roundTimeIsUp, roundTimerViews, runningRoundTimers, startedTimers } from './roundTimers.js';
import { TimerAlarms, untilTimersEnd } from './TimerAlarms.js';
import type { WorkshopTimers } from './WorkshopTimers.js';
import { SERVER_ORIGIN, type WorkshopService } from './WorkshopService.js';
import { orderedRooms } from './workshopRooms.js';

/** How often, at most, a round's public view (people who voted; live tallies) is written into the workshop document. */
const FLUSH_MS = 200;

/** What a facilitator asks for when opening a round, read and checked by the route. */
export interface VoteStart extends VoteSettings {
  roomIds?: string[];
  noteIds?: string[];
  frameId?: string;
  groupId?: string;
}

/**
 * Dot voting (docs/API.md, « Dot voting »). Every dot is decided here and stored in SQLite — the
 * person's budget and the note's cap checked and the dot written in one transaction —, never in a
 * document: the workshop document's `votes` map only gets each round's public view, the tallies
 * once they may be seen. A round's opening, close, sharing and « Garder » run one after another per
 * workshop; dots run concurrently, the storage's transaction being what keeps them within budget.
 */
export class VoteService {
  /** every workshop's rounds as stored, loaded once; the one copy this process changes */
  private readonly rounds = new Map<string, Promise<Map<string, VoteRound>>>();
  private readonly steps = new KeyedQueue();
  private readonly flushes = new Map<string, NodeJS.Timeout>();
  /** per round: the alarm at its rooms' timers' end */
  private readonly alarms: TimerAlarms;
  /** rounds whose public view was written again since this process started (once each: see the constructor) */
  private readonly republished = new Set<string>();
  private closed = false;

  constructor(
    private readonly service: WorkshopService,
    private readonly timers: WorkshopTimers,
    private readonly log: FastifyBaseLogger,
  ) {
    this.alarms = new TimerAlarms((voteId, err) => log.error({ err, voteId }, 'dot voting: closing a round at its timer failed'));
    // After a restart, when the workshop is next opened: rounds that close with their timer get their
    // alarm (unless they have one: the alarm's own look loads the document), and each round's public view,
    // as stored, is written again once if the document's differs — a write the last stop cut short, a
    // round opened just before a crash. Once per round per process, so a load never sets off another.
    service.rooms.workshopLoaded.add((workshopId) => {
      this.roundsOf(workshopId)
        .then((rounds) => {
          for (const round of rounds.values()) {
            // once per round per process: an alarm's own look loads the document, and must not arm another's
            if (this.republished.has(round.voteId)) continue;
            this.republished.add(round.voteId);
            if (round.status === 'open' && round.durationSeconds !== null) this.alarms.armIfUnarmed(round.voteId, this.lookAtTimers(workshopId, round.voteId));
            this.publish(workshopId, round).catch((err: unknown) => this.closed || this.log.error({ err, workshopId }, 'dot voting: republishing a vote round failed'));
          }
        })
        .catch((err: unknown) => this.closed || this.log.error({ err, workshopId }, 'dot voting: reading the vote rounds failed'));
    });
    // The room's countdown is the round's while a facilitator handles it — paused, resumed, given time,
    // stopped and started again: the round looks at the new end. The 3-12-3 runner taking a room's timer
    // for its own step takes it from the round (it neither follows, refuses dots by, nor stops it).
    timers.changed.add((workshopId, changed, tool) => {
      const rounds = this.rounds.get(workshopId);
      if (!rounds || tool === 'vote') return;
      void rounds
        .then(async (all) => {
          for (const round of all.values()) {
            if (!followTimers(round, changed, tool)) continue;
            await this.store(workshopId, round);
            await this.publish(workshopId, round);
            this.arm(workshopId, round.voteId);
          }
        })
        .catch((err: unknown) => this.closed || this.log.error({ err, workshopId }, 'dot voting: following a timer failed'));
    });
  }

  async start(workshopId: string, request: VoteStart, by: string): Promise<VoteResponse> {
    return this.steps.run(workshopId, async () => {
      const rooms = await orderedRooms(this.service, workshopId);
      const { scope, roomIds } = await resolveScope(this.service.rooms, workshopId, rooms, request);
      const rounds = await this.roundsOf(workshopId);
      const busy = [...rounds.values()].find((r) => r.status === 'open' && r.roomIds.some((id) => roomIds.includes(id)));
      if (busy) throw new AppError('vote_open', `Vote ${busy.number} is still open in one of these rooms: close it before opening another.`);
      const now = Date.now();
      const round: VoteRound = {
        voteId: nanoid(12),
        number: Math.max(0, ...[...rounds.values()].map((r) => r.number)) + 1,
        roomIds,
        scope,
        dotsPerPerson: request.dotsPerPerson,
        maxPerNote: request.maxPerNote,
        anonymous: request.anonymous,
        resultsVisible: request.resultsVisible,
        durationSeconds: request.durationSeconds,
        status: 'open',
        openedAt: now,
        openedBy: by,
        closedAt: null,
        votedByRoom: {},
        results: request.resultsVisible === 'live' ? [] : null,
        turnout: null,
        byRoom: null,
        copies: {},
        votersShared: false,
      };
      const stored = await this.service.storage.insertVoteRound(workshopId, round.voteId, round.number, JSON.stringify(round), VOTE_ROUNDS_MAX);
      if (!stored) throw new AppError('too_many_votes', `A workshop keeps at most ${VOTE_ROUNDS_MAX} vote rounds.`);
      rounds.set(round.voteId, round);
      if (round.durationSeconds !== null) {
        await this.timers.act(workshopId, { action: 'start', seconds: round.durationSeconds, roomIds }, by, 'vote');
        round.timers = await this.service.rooms.withDoc(workshopDocName(workshopId), (r) => startedTimers(r.doc, roomIds));
        await this.store(workshopId, round);
        this.arm(workshopId, round.voteId);
      }
      await this.publish(workshopId, round);
      return this.answer(workshopId, round, { role: 'facilitator', participantId: by });
    });
  }

  async read(workshopId: string, voteId: string, identity: Pick<Identity, 'role' | 'participantId'>): Promise<VoteResponse> {
    const round = await this.round(workshopId, voteId);
    if (round.status === 'open' && round.durationSeconds !== null) this.alarms.armIfUnarmed(voteId, this.lookAtTimers(workshopId, voteId));
    return this.answer(workshopId, round, identity);
  }

  /** Puts one dot (`delta` 1) on a note, or takes one back (-1), for participant `identity`. */
  async dot(workshopId: string, voteId: string, identity: Identity, noteId: string, delta: 1 | -1): Promise<VoteResponse> {
    if (identity.role !== 'participant') throw new AppError('forbidden', 'Only participants vote; facilitators and observers follow the vote.');
    const round = await this.round(workshopId, voteId);
    if (round.status !== 'open') throw new AppError('vote_closed', 'This vote is closed.');
    const { workshop, person } = await this.service.person(workshopId, identity.participantId);
    const rooms = workshop.rooms.filter((r) => !r.archived && round.roomIds.includes(r.id) && mayOpenRoom(person, r, workshop.plenaryOpen));
    if (rooms.length === 0) throw new AppError('vote_room_excluded', 'Your room does not take part in this vote.');
    // dots on notes deleted since go back first: they count neither against the budget nor in the tallies
    const held = await this.dropDeleted(workshopId, round, await this.service.storage.personDots(voteId, person.id));
    let roomId: string | null = null;
    if (delta > 0) {
      roomId = await roomHolding(this.service.rooms, workshopId, rooms, round.scope, noteId);
      if (roomId === null) throw new AppError('note_out_of_scope', 'This note is not part of the vote.');
    } else {
      const mine = held.filter((d) => d.noteId === noteId);
      roomId = (mine.find((d) => rooms.some((r) => r.id === d.roomId)) ?? mine[0])?.roomId ?? null;
      if (roomId === null) throw new AppError('no_dot_here', 'You have no dot on this note.');
    }
    // a round that closes with its timer takes no dot once the room's timer reads zero, whether or not its alarm has run yet
    const dotRoom = roomId;
    if (round.durationSeconds !== null && (await this.service.rooms.withDoc(workshopDocName(workshopId), (r) => roundTimeIsUp(r.doc, round, dotRoom, Date.now())))) {
      this.arm(workshopId, voteId);
      throw new AppError('vote_closed', 'This vote is closed: its time is up.');
    }
    // looked at again with nothing awaited before the write: a close that came meanwhile wins
    if (round.status !== 'open') throw new AppError('vote_closed', 'This vote is closed.');
    const outcome = await this.service.storage.changeDot(voteId, person.id, noteId, roomId, delta, round);
    if (outcome === 'no_dots_left') throw new AppError('no_dots_left', `You have used your ${round.dotsPerPerson} dots: take one back to vote elsewhere.`);
    if (outcome === 'note_cap_reached') throw new AppError('note_cap_reached', `At most ${round.maxPerNote} dot${round.maxPerNote > 1 ? 's' : ''} per note.`);
    if (outcome === 'no_dot_here') throw new AppError('no_dot_here', 'You have no dot on this note.');
    this.scheduleFlush(workshopId, round);
    return this.answer(workshopId, round, identity);
  }

  async close(workshopId: string, voteId: string): Promise<VoteResponse> {
    return this.steps.run(workshopId, async () => {
      const round = await this.round(workshopId, voteId);
      if (round.status === 'open') await this.closeNow(workshopId, round);
      return this.answer(workshopId, round, { role: 'facilitator', participantId: '' });
    });
  }

  async share(workshopId: string, voteId: string, shared: boolean, identity: Pick<Identity, 'role' | 'participantId'>): Promise<VoteResponse> {
    return this.steps.run(workshopId, async () => {
      const round = await this.round(workshopId, voteId);
      if (round.anonymous) throw new AppError('invalid_request', 'This vote is anonymous: there is nobody to show.');
      if (round.votersShared !== shared) {
        round.votersShared = shared;
        await this.store(workshopId, round);
        await this.publish(workshopId, round);
      }
      return this.answer(workshopId, round, identity);
    });
  }

  /** « Garder les N premiers »: the notes the facilitator chose, copied or moved into each room's priorities zone. */
  async keep(workshopId: string, voteId: string, request: VoteKeepRequest, identity: Pick<Identity, 'role' | 'participantId'>): Promise<VoteKeepResponse> {
    return this.steps.run(workshopId, async () => {
      const round = await this.round(workshopId, voteId);
      if (round.status !== 'closed' || !round.results) throw new AppError('vote_open', 'Close the vote before keeping its best notes.');
      // a note id is a note of one board: `roomId` says whose
      const results = round.results.filter((r) => request.roomId === undefined || r.roomId === request.roomId);
      const unknown = request.noteIds.find((id) => !results.some((r) => r.noteId === id));
      if (unknown !== undefined) throw new AppError('invalid_request', `The note "${unknown.slice(0, 64)}" has no dot in this vote${request.roomId === undefined ? '' : ' in this room'}.`);
      // in rank order, room by room
      const ranked = rankResults(results.filter((r) => request.noteIds.includes(r.noteId)));
      let zone: { frameId: string; title: string } | undefined;
      if (request.frameId !== undefined) zone = await zoneTitled(this.service.rooms, workshopId, round.roomIds, request.frameId);
      const kept: VoteKeepResponse['kept'] = [];
      try {
        await this.keepIn(workshopId, round, ranked, request, zone, kept);
      } finally {
        // what went onto a board is recorded, even when a later room failed
        if (kept.length > 0) {
          await this.store(workshopId, round);
          await this.publish(workshopId, round);
        }
      }
      return { ...(await this.answer(workshopId, round, identity)), kept };
    });
  }

  private async keepIn(
    workshopId: string,
    round: VoteRound,
    ranked: readonly VoteResult[],
    request: VoteKeepRequest,
    zone: { frameId: string; title: string } | undefined,
    kept: VoteKeepResponse['kept'],
  ): Promise<void> {
    {
      for (const roomId of [...new Set(ranked.map((r) => r.roomId))]) {
        const noteIds = ranked.filter((r) => r.roomId === roomId).map((r) => r.noteId);
        const done = await this.service.rooms.withDoc(roomDocName(workshopId, roomId), (r) => {
          let out: ReturnType<typeof keepInZone> = null;
          r.doc.transact(() => {
            out = keepInZone(r.doc, { noteIds, mode: request.mode, zone, newZoneTitle: `Priorités — vote ${round.number}`, now: Date.now(), newId: () => nanoid(12) });
          }, SERVER_ORIGIN);
          return out as ReturnType<typeof keepInZone>;
        });
        if (!done) continue;
        Object.assign(round.copies, done.copies);
        kept.push({ roomId, frameId: done.frameId, count: done.count });
      }
    }
  }

  /** Stops every alarm and pending write (the server is closing). */
  shutdown(): void {
    this.closed = true;
    this.alarms.close();
    for (const flush of this.flushes.values()) clearTimeout(flush);
    this.flushes.clear();
  }

  // --- rounds ---

  private roundsOf(workshopId: string): Promise<Map<string, VoteRound>> {
    let rounds = this.rounds.get(workshopId);
    if (!rounds) {
      rounds = this.service.storage.listVoteRounds(workshopId).then((rows) => {
        const map = new Map<string, VoteRound>();
        for (const row of rows) {
          const round = parseVoteRound(JSON.parse(row));
          if (round) map.set(round.voteId, round);
        }
        return map;
      });
      rounds.catch(() => this.rounds.delete(workshopId));
      this.rounds.set(workshopId, rounds);
    }
    return rounds;
  }

  private async round(workshopId: string, voteId: string): Promise<VoteRound> {
    const round = (await this.roundsOf(workshopId)).get(voteId);
    if (!round) throw new AppError('not_found', 'This workshop has no such vote.');
    return round;
  }

  private store(workshopId: string, round: VoteRound): Promise<void> {
    return this.service.storage.updateVoteRound(workshopId, round.voteId, JSON.stringify(round));
  }

  /** Writes the round's public view into the workshop document: the people who voted, and the tallies when they may be seen. */
  private async publish(workshopId: string, round: VoteRound): Promise<void> {
    if (round.status === 'open') {
      const all = await this.service.storage.listDots(round.voteId);
      // a close that came meanwhile has written its own
      if (round.status === 'open') {
        round.votedByRoom = votedByRoom(all);
        round.results = round.resultsVisible === 'live' ? tally(all) : null;
      }
    }
    await this.service.rooms.withDoc(workshopDocName(workshopId), (r) => {
      // nothing written when the document says it already: a read or a dot that changed nothing costs no update
      if (JSON.stringify(workshopMaps(r.doc).votes.get(round.voteId)) === JSON.stringify(round)) return;
      writeWorkshop(r.doc, { votes: [round] }, SERVER_ORIGIN);
    });
  }

  /** At most one write of a round's public view every `FLUSH_MS`, the last state always. */
  private scheduleFlush(workshopId: string, round: VoteRound): void {
    if (this.flushes.has(round.voteId) || this.closed) return;
    this.flushes.set(
      round.voteId,
      setTimeout(() => {
        this.flushes.delete(round.voteId);
        if (round.status !== 'open') return;
        this.publish(workshopId, round).catch((err: unknown) => this.closed || this.log.error({ err, workshopId }, 'dot voting: writing a vote round failed'));
      }, FLUSH_MS).unref(),
    );
  }

  private async closeNow(workshopId: string, round: VoteRound): Promise<void> {
    // first, with nothing awaited: a dot on its way is refused from now on
    round.status = 'closed';
    this.alarms.disarm(round.voteId);
    const pending = this.flushes.get(round.voteId);
    if (pending) clearTimeout(pending);
    this.flushes.delete(round.voteId);
    let closed: VoteRound;
    try {
      const dots = await this.dropDeleted(workshopId, round, await this.service.storage.listDots(round.voteId), true);
      const people = (await this.service.storage.listParticipants(workshopId)).filter((p) => p.role === 'participant');
      closed = { ...round, closedAt: Date.now(), results: tally(dots), votedByRoom: votedByRoom(dots), ...turnoutOf(round.roomIds, dots, people) };
      await this.store(workshopId, closed);
    } catch (err) {
      // nothing stored: the round is open again, as the database and every screen still have it
      round.status = 'open';
      throw err;
    }
    Object.assign(round, closed);
    await this.publish(workshopId, round);
    // the rooms' timer was the round's (started at its opening): it goes with it, rather than saying
    // « Temps écoulé » into the next activity
    if (round.durationSeconds !== null) {
      try {
        const roomIds = await this.service.rooms.withDoc(workshopDocName(workshopId), (r) => runningRoundTimers(r.doc, round));
        if (roomIds.length > 0) await this.timers.act(workshopId, { action: 'stop', roomIds }, round.openedBy, 'vote');
      } catch (err) {
        if (!this.closed) this.log.error({ err, workshopId }, 'dot voting: stopping the round’s timer failed');
      }
    }
  }

  /** The caller's view: their own dots always; tallies for facilitators, and for everyone once they may be seen. */
  private async answer(workshopId: string, round: VoteRound, identity: Pick<Identity, 'role' | 'participantId'>): Promise<VoteResponse> {
    const stored = identity.role === 'participant' ? await this.service.storage.personDots(round.voteId, identity.participantId) : [];
    // a closed round is what it was at the close: nothing of it changes afterwards
    const mine = round.status === 'open' ? await this.dropDeleted(workshopId, round, stored) : stored;
    const myDots = Object.fromEntries(mine.map((d) => [d.noteId, d.count]));
    const used = mine.reduce((n, d) => n + d.count, 0);
    const { held: _held, ...scope } = round.scope as VoteScope & { held?: string[] };
    const view: VoteResponse = {
      ...structuredClone(round),
      // what a zone or cluster held at the opening: in the workshop document, not in every answer
      scope,
      dotsLeft: identity.role === 'participant' && round.status === 'open' ? Math.max(0, round.dotsPerPerson - used) : 0,
      myDots,
    };
    const facilitator = identity.role === 'facilitator';
    if (round.status === 'open' && facilitator) {
      const dots = await this.dropDeleted(workshopId, round, await this.service.storage.listDots(round.voteId));
      view.results = tally(dots);
      view.votedByRoom = votedByRoom(dots);
      if (!round.anonymous) view.voters = await this.voters(workshopId, dots);
    } else if (round.status === 'open') {
      // how many have voted may be said; a live round's tallies too, a hidden one's never (both summed by
      // the database: an answer per dot must not read every dot of the round)
      view.results = round.resultsVisible === 'live' ? rankedResults(await this.service.storage.tallies(round.voteId)) : null;
      view.votedByRoom = await this.service.storage.votersByRoom(round.voteId);
    } else if (!round.anonymous && (facilitator || round.votersShared)) {
      view.voters = await this.voters(workshopId, await this.service.storage.listDots(round.voteId));
    }
    return view;
  }

  /** A named round's voters, by name — people removed since (or named by an imported backup) included: their dots count. */
  private async voters(workshopId: string, dots: readonly DotRecord[]): Promise<VoteVoter[]> {
    return namedVoters(dots, new Map((await this.service.storage.listEveryone(workshopId)).map((p) => [p.id, p.name])));
  }

  // --- boards ---

  /**
   * Dots on notes no longer on their board go back to their owners; the dots left. Only the boards
   * loaded now are looked at (`everyBoard`: all, at the close): a board nobody holds cannot change,
   * and a read must not load every room's board again and again.
   */
  private async dropDeleted(workshopId: string, round: VoteRound, dots: readonly DotRecord[], everyBoard = false): Promise<DotRecord[]> {
    const gone: { roomId: string; noteId: string }[] = [];
    for (const roomId of new Set(dots.map((d) => d.roomId))) {
      const name = roomDocName(workshopId, roomId);
      if (!everyBoard && !this.service.rooms.isLoaded(name)) continue;
      const noteIds = new Set(dots.filter((d) => d.roomId === roomId).map((d) => d.noteId));
      const missing = await this.service.rooms.withDoc(name, (r) => {
        const notes = boardMaps(r.doc).notes;
        return [...noteIds].filter((id) => !notes.has(id));
      });
      for (const noteId of missing) gone.push({ roomId, noteId });
    }
    if (gone.length === 0) return [...dots];
    await this.service.storage.dropDotsOn(round.voteId, gone);
    // every screen's count of people who voted (and live tallies) follows
    if (round.status === 'open') this.scheduleFlush(workshopId, round);
    const dropped = new Set(gone.map((g) => dotKey(g.roomId, g.noteId)));
    return dots.filter((d) => !dropped.has(dotKey(d.roomId, d.noteId)));
  }

  // --- the timer ---

  /**
   * A round opened with a duration closes when its rooms' timers reach zero: an alarm at the
   * timer's end, looked at again then (time added, paused: every 5 s; stopped: the round stays open).
   */
  private arm(workshopId: string, voteId: string): void {
    this.alarms.arm(voteId, this.lookAtTimers(workshopId, voteId));
  }

  /** What the alarm does: close the round at its rooms' zero, or say when to look again. */
  private lookAtTimers(workshopId: string, voteId: string): () => Promise<number | null> {
    return () =>
      this.steps.run(workshopId, async () => {
        const round = await this.round(workshopId, voteId);
        if (round.status !== 'open') return null;
        const now = Date.now();
        // the round's own countdowns only: a room whose timer was started anew (or stopped) no longer closes it
        const views = await this.service.rooms.withDoc(workshopDocName(workshopId), (r) => roundTimerViews(r.doc, round, now));
        const next = untilTimersEnd(views, now);
        if (typeof next === 'number') return next;
        // none of its own countdowns left running (stopped, or started anew): the facilitator closes it
        if (next === 'ended') await this.closeNow(workshopId, round);
        return null;
      });
  }
}

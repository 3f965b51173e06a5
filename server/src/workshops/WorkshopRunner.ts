import { nanoid } from 'nanoid';
import {
  addMember,
  DEFAULT_RUN_DURATIONS,
  formPairs,
  gatherProposals,
  placePairZones,
  readAttention,
  readPeople,
  readPhases,
  readRuns,
  readTimer,
  roomDocName,
  swapMembers,
  timerView,
  workshopDocName,
  writeQuestion,
  writeStepHeadings,
  writeWorkshop,
  type Focus,
  type Gathered,
  type Pair,
  type RoomAttention,
  type RoomRun,
  type RunnerResponse,
  type RunRequest,
} from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import type { RoomRecord } from '../storage/Storage.js';
import { KeyedQueue } from './KeyedQueue.js';
import { TimerAlarms, untilTimersEnd } from './TimerAlarms.js';
import type { PrivatePhases } from './PrivatePhases.js';
import type { WorkshopTimers } from './WorkshopTimers.js';
import { SERVER_ORIGIN, type WorkshopService } from './WorkshopService.js';
import { orderedRooms, targetRooms } from './workshopRooms.js';


/** Fisher–Yates: pairs are drawn at random, as a facilitator would. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The 3-12-3 runner (docs/API.md, « 3-12-3 runner »): one step at a time, for some rooms or every
 * breakout room. Its state is each room's `RoomRun` in the workshop document — stored, so a
 * facilitator's reload or a server restart finds it — and each step drives the other tools:
 * private writing and its reveal, the timer, pair zones on the board, focus on the presenting pair,
 * the gathering into the clustering area. The one thing held in memory is the alarm that reveals
 * the ideas when their timer ends; it is set again whenever the workshop is read after a restart.
 */
export class WorkshopRunner {
  /** per room (`workshopId/roomId`): the alarm at the end of its ideas (shutting down, or the workshop gone: nothing to reveal) */
  private readonly alarms = new TimerAlarms(() => undefined);
  /** runs whose alarm a workshop's load has set since this process started */
  private readonly armedAtLoad = new Set<string>();
  private readonly steps = new KeyedQueue();

  constructor(
    private readonly service: WorkshopService,
    private readonly timers: WorkshopTimers,
    private readonly phases: PrivatePhases,
  ) {
    // after a restart, the alarms of runs at their ideas step are set again when the workshop is next opened
    // once per run per process: an alarm's own look loads the document, and must not arm another's
    service.rooms.workshopLoaded.add((workshopId, doc) => {
      const runs = [...readRuns(doc).values()].filter((run) => {
        const k = `${key(workshopId, run.roomId)}@${run.startedAt}`;
        if (this.armedAtLoad.has(k)) return false;
        this.armedAtLoad.add(k);
        return true;
      });
      this.armAll(workshopId, runs);
    });
  }

  async read(workshopId: string): Promise<RunnerResponse> {
    const rooms = await orderedRooms(this.service, workshopId);
    const runs = await this.service.rooms.withDoc(workshopDocName(workshopId), (r) => readRuns(r.doc));
    this.armAll(workshopId, [...runs.values()]);
    return answer(rooms, runs);
  }

  /** One step for the rooms the request names; steps of one workshop run one after another, so two facilitators' « next » move on twice, never skip. */
  act(workshopId: string, request: RunRequest, by: string): Promise<RunnerResponse> {
    return this.steps.run(workshopId, () => this.actNow(workshopId, request, by));
  }

  private async actNow(workshopId: string, request: RunRequest, by: string): Promise<RunnerResponse> {
    const rooms = await orderedRooms(this.service, workshopId);
    // none named: every breakout room (the plenary when there is none)
    const breakout = rooms.filter((r) => !r.plenary);
    const targets = targetRooms(rooms, request.roomIds, breakout.length > 0 ? breakout : rooms);
    if ((request.action === 'swap' || request.action === 'add') && targets.length !== 1) {
      throw new AppError('invalid_request', 'Name the one room (roomIds) whose pairs change.');
    }
    for (const roomId of targets) await this.actOn(workshopId, roomId, request, by);
    return this.read(workshopId);
  }

  /** Stops every alarm (the server is closing). */
  close(): void {
    this.alarms.close();
  }

  private async actOn(workshopId: string, roomId: string, request: RunRequest, by: string): Promise<void> {
    const run = await this.run(workshopId, roomId);
    const now = Date.now();
    switch (request.action) {
      case 'start': {
        const question = request.question ?? '';
        const durations = { ...DEFAULT_RUN_DURATIONS, ...request.durations };
        await this.phases.start(workshopId, { question, roomIds: [roomId] }, by);
        // the board's « Question : … » heading (the template's placeholder) says the question asked
        // and its step headings say the durations of this run
        await this.service.rooms.withDoc(roomDocName(workshopId, roomId), (r) =>
          r.doc.transact(() => {
            writeQuestion(r.doc, question);
            writeStepHeadings(r.doc, durations, run?.durations);
          }, SERVER_ORIGIN),
        );
        const fresh: RoomRun = { roomId, step: 'ideas', question, durations, pairs: [], turn: 0, startedAt: now, startedBy: by, updatedAt: now };
        await this.write(workshopId, fresh, null);
        await this.timer(workshopId, roomId, durations.ideas, by);
        return this.arm(workshopId, fresh);
      }
      case 'stop': {
        if (!run) return;
        await this.service.rooms.withDoc(workshopDocName(workshopId), (r) => writeWorkshop(r.doc, { removedRuns: [roomId], attention: withFocus(r.doc, roomId, null) }, SERVER_ORIGIN));
        await this.timers.act(workshopId, { action: 'stop', roomIds: [roomId] }, by, 'runner');
        return this.disarm(workshopId, roomId);
      }
      case 'next':
        if (run && seenAt(run, request)) await this.next(workshopId, run, by);
        return;
      case 'back':
        if (run && seenAt(run, request)) await this.back(workshopId, run, by);
        return;
      case 'swap': {
        if (!run || run.pairs.length === 0) throw new AppError('invalid_request', 'This room has no pairs yet.');
        const [a, b] = request.participantIds ?? [];
        const pairs = a && b ? swapMembers(run.pairs, a, b) : null;
        if (!pairs) throw new AppError('invalid_request', 'Swap two people of different pairs of this room.');
        return this.placePairs(workshopId, { ...run, pairs, updatedAt: now });
      }
      case 'add': {
        if (!run || run.pairs.length === 0) throw new AppError('invalid_request', 'This room has no pairs yet.');
        const id = request.participantId ?? '';
        const assigned = await this.assigned(workshopId, roomId);
        if (!assigned.includes(id)) throw new AppError('invalid_request', 'This room has no such participant.');
        const pairs = addMember(run.pairs, id, request.pairId);
        if (!pairs) throw new AppError('invalid_request', 'This person is already in a pair, or that pair is full (or every pair is, and the run holds as many as it may).');
        return this.placePairs(workshopId, { ...run, pairs, updatedAt: now });
      }
    }
  }

  /** One step forward: reveal and pair up, then each pair's turn, then the gathering. */
  private async next(workshopId: string, run: RoomRun, by: string): Promise<void> {
    const now = Date.now();
    const { roomId, durations } = run;
    if (run.step === 'ideas') {
      this.disarm(workshopId, roomId);
      await this.phases.reveal(workshopId, { roomIds: [roomId] }, by);
      const pairs = run.pairs.length > 0 ? run.pairs : formPairs(shuffled(await this.present(workshopId, roomId)));
      await this.placePairs(workshopId, { ...run, step: 'pairs', pairs, turn: 0, updatedAt: now });
      return this.timer(workshopId, roomId, durations.pairs, by);
    }
    if (run.step === 'pairs' || (run.step === 'presenting' && run.turn + 1 < run.pairs.length)) {
      const turn = run.step === 'pairs' ? 0 : run.turn + 1;
      return this.presentTurn(workshopId, { ...run, step: 'presenting', turn, updatedAt: now }, by);
    }
    if (run.step === 'presenting') {
      const gathered = await this.service.rooms.withDoc(roomDocName(workshopId, roomId), (r) => {
        let result: Gathered = { moved: 0, zoneId: null };
        r.doc.transact(() => (result = gatherProposals(r.doc, run.pairs, now, () => nanoid(12))), SERVER_ORIGIN);
        return result;
      });
      // every view goes to the clustering area, where the proposals now are
      const focus: Focus | null = gathered.zoneId ? { kind: 'frame', id: gathered.zoneId, by, at: now } : null;
      await this.write(workshopId, { ...run, step: 'gathered', gathered: gathered.moved, updatedAt: now }, focus);
      await this.timers.act(workshopId, { action: 'stop', roomIds: [roomId] }, by, 'runner');
    }
  }

  /** One step back, its timer started again whole; the notes stay where they are. */
  private async back(workshopId: string, run: RoomRun, by: string): Promise<void> {
    const now = Date.now();
    const { roomId, durations } = run;
    if (run.step === 'pairs') {
      await this.phases.start(workshopId, { question: run.question, roomIds: [roomId] }, by);
      const back: RoomRun = { ...run, step: 'ideas', updatedAt: now };
      await this.write(workshopId, back, null);
      await this.timer(workshopId, roomId, durations.ideas, by);
      return this.arm(workshopId, back);
    }
    if (run.step === 'presenting' && run.turn === 0) {
      await this.write(workshopId, { ...run, step: 'pairs', updatedAt: now }, null);
      return this.timer(workshopId, roomId, durations.pairs, by);
    }
    if (run.step === 'presenting' || run.step === 'gathered') {
      const turn = run.step === 'gathered' ? Math.max(0, run.pairs.length - 1) : run.turn - 1;
      const { gathered: _, ...presenting } = run;
      return this.presentTurn(workshopId, { ...presenting, step: 'presenting', turn, updatedAt: now }, by);
    }
  }

  /** The pair of `run.turn` presents: its zone in focus for the whole room, its turn's timer. */
  private async presentTurn(workshopId: string, run: RoomRun, by: string): Promise<void> {
    const frameId = run.pairs[run.turn]?.frameId ?? null;
    const focus: Focus | null = frameId ? { kind: 'frame', id: frameId, by, at: Date.now() } : null;
    await this.write(workshopId, run, focus);
    await this.timer(workshopId, run.roomId, run.durations.turn, by);
  }

  /** Gives the pairs their zones (titled with their names) and stores them. */
  private async placePairs(workshopId: string, run: RoomRun): Promise<void> {
    const names = await this.people(workshopId);
    const nameOf = (id: string) => names.get(id) ?? '?';
    const pairs = await this.service.rooms.withDoc(roomDocName(workshopId, run.roomId), (r) => {
      let placed: Pair[] = [];
      r.doc.transact(() => (placed = placePairZones(r.doc, run.pairs, nameOf, () => nanoid(12))), SERVER_ORIGIN);
      return placed;
    });
    // the focus stays on whoever presents, in the step that has one
    await this.write(workshopId, { ...run, pairs }, run.step === 'presenting' ? undefined : null);
  }

  /** Writes the run; `focus` replaces the room's focus, undefined leaves it. */
  private write(workshopId: string, run: RoomRun, focus: Focus | null | undefined): Promise<void> {
    return this.service.rooms.withDoc(workshopDocName(workshopId), (r) => {
      const attention = focus === undefined ? [] : withFocus(r.doc, run.roomId, focus);
      writeWorkshop(r.doc, { runs: [run], attention }, SERVER_ORIGIN);
    });
  }

  private async timer(workshopId: string, roomId: string, seconds: number, by: string): Promise<void> {
    await this.timers.act(workshopId, { action: 'start', seconds, roomIds: [roomId], lockAtEnd: false }, by, 'runner');
  }

  private async run(workshopId: string, roomId: string): Promise<RoomRun | undefined> {
    return this.service.rooms.withDoc(workshopDocName(workshopId), (r) => readRuns(r.doc).get(roomId));
  }

  /** Participant id → name, everyone of the workshop. */
  private async people(workshopId: string): Promise<Map<string, string>> {
    return this.service.rooms.withDoc(workshopDocName(workshopId), (r) => new Map(readPeople(r.doc).filter((p) => p.role === 'participant').map((p) => [p.id, p.name])));
  }

  /** The participants assigned to the room. */
  private assigned(workshopId: string, roomId: string): Promise<string[]> {
    return this.service.rooms.withDoc(workshopDocName(workshopId), (r) =>
      readPeople(r.doc)
        .filter((p) => p.role === 'participant' && p.roomId === roomId)
        .map((p) => p.id),
    );
  }

  /** The room's participants who are on its board now; everyone assigned to it when nobody is. */
  private async present(workshopId: string, roomId: string): Promise<string[]> {
    const assigned = await this.assigned(workshopId, roomId);
    const here = this.service.rooms.connectedPeople(roomDocName(workshopId, roomId));
    const present = assigned.filter((id) => here.has(id));
    return present.length > 0 ? present : assigned;
  }

  /** Every run at its ideas step gets its alarm, unless it has one (after a restart, the workshop's next load sets them). */
  private armAll(workshopId: string, runs: readonly RoomRun[]): void {
    for (const run of runs) if (run.step === 'ideas') this.alarms.armIfUnarmed(key(workshopId, run.roomId), this.lookAtIdeas(workshopId, run));
  }

  /**
   * At the end of the ideas step's timer, the drafts are revealed (« at zero, reveals »): an alarm
   * at the timer's end — looked at again then, since the facilitator may have added time, paused or
   * moved on. Nothing is revealed twice (the reveal is idempotent) and a revealed phase is left.
   */
  private arm(workshopId: string, run: RoomRun): void {
    this.alarms.arm(key(workshopId, run.roomId), this.lookAtIdeas(workshopId, run));
  }

  private lookAtIdeas(workshopId: string, run: RoomRun): () => Promise<number | null> {
    // in the workshop's queue of steps: a facilitator's step cannot come between the look and the reveal
    return () =>
      this.steps.run(workshopId, async () => {
        const state = await this.service.rooms.withDoc(workshopDocName(workshopId), (r) => ({
          run: readRuns(r.doc).get(run.roomId),
          phase: readPhases(r.doc).get(run.roomId),
          timer: readTimer(r.doc, run.roomId),
        }));
        if (!state.run || state.run.step !== 'ideas' || state.run.startedAt !== run.startedAt || !state.phase?.active) return null;
        const now = Date.now();
        const next = untilTimersEnd([timerView(state.timer, now)], now);
        if (typeof next === 'number') return next;
        // only the timer's zero reveals: a stopped timer leaves the facilitator to go on (« Former les binômes »)
        if (next === 'ended') await this.phases.reveal(workshopId, { roomIds: [run.roomId] }, state.run.startedBy);
        return null;
      });
  }

  private disarm(workshopId: string, roomId: string): void {
    this.alarms.disarm(key(workshopId, roomId));
  }

}

const key = (workshopId: string, roomId: string) => `${workshopId}/${roomId}`;

/** Whether the run is where the sender saw it (or they did not say). */
const seenAt = (run: RoomRun, request: RunRequest): boolean => !request.at || (request.at.step === run.step && request.at.turn === run.turn);

/** The room's attention with `focus` in place of its focus (follow-me kept). */
function withFocus(doc: Parameters<typeof readAttention>[0], roomId: string, focus: Focus | null): RoomAttention[] {
  const current = readAttention(doc).get(roomId);
  if (!current && focus === null) return [];
  return [{ roomId, follow: current?.follow ?? null, focus }];
}

function answer(rooms: readonly RoomRecord[], runs: ReadonlyMap<string, RoomRun>): RunnerResponse {
  return { serverNow: Date.now(), runs: rooms.flatMap((r) => (runs.has(r.id) ? [runs.get(r.id)!] : [])) };
}

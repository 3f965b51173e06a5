import {
  readDraftCounts,
  readPeople,
  readPhases,
  readRuns,
  readRooms,
  readTimers,
  readVoteRounds,
  readWorkshopSettings,
  type DraftCounts,
  type Person,
  type PrivatePhase,
  type RoomEntry,
  type RoomRun,
  type Timer,
  type VoteRound,
  type WorkshopSettings,
} from '@essaim/shared';
import type * as Y from 'yjs';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Each room's countdown by room id; a room never started has none. */
export type Timers = Readonly<Record<string, Timer>>;
/** Each room's private writing phase by room id; a room never given one has none. */
export type Phases = Readonly<Record<string, PrivatePhase>>;
/** Each room's draft counts (participant id → how many), by room id: never any text. */
export type RoomDraftCounts = Readonly<Record<string, DraftCounts>>;
/** Each room's 3-12-3 run by room id; a room not running the method has none. */
export type Runs = Readonly<Record<string, RoomRun>>;

/**
 * The workshop document as snapshots (rooms, people, settings, timers, phases, draft counts), read with the shared
 * readers. Each keeps its identity until its content changes, for `useSyncExternalStore`.
 */
export class WorkshopStore {
  private rooms: readonly RoomEntry[] = [];
  private people: readonly Person[] = [];
  private settings: WorkshopSettings;
  private timers: Timers = {};
  private phases: Phases = {};
  private draftCounts: RoomDraftCounts = {};
  private runs: Runs = {};
  private voteRounds: readonly VoteRound[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly doc: Y.Doc) {
    this.settings = readWorkshopSettings(doc);
    this.refresh();
    doc.on('afterTransaction', this.onTransaction);
  }

  readonly getRooms = (): readonly RoomEntry[] => this.rooms;
  readonly getPeople = (): readonly Person[] => this.people;
  readonly getSettings = (): WorkshopSettings => this.settings;
  readonly getTimers = (): Timers => this.timers;
  readonly getPhases = (): Phases => this.phases;
  readonly getDraftCounts = (): RoomDraftCounts => this.draftCounts;
  readonly getRuns = (): Runs => this.runs;
  /** every dot-voting round, oldest first (tallies only once they may be seen) */
  readonly getVoteRounds = (): readonly VoteRound[] => this.voteRounds;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  destroy(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
  }

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (transaction.changed.size > 0 && this.refresh()) for (const listener of [...this.listeners]) listener();
  };

  private refresh(): boolean {
    let changed = false;
    const rooms = readRooms(this.doc);
    if (!sameJson(rooms, this.rooms)) [this.rooms, changed] = [rooms, true];
    const people = readPeople(this.doc);
    if (!sameJson(people, this.people)) [this.people, changed] = [people, true];
    const settings = readWorkshopSettings(this.doc);
    if (!sameJson(settings, this.settings)) [this.settings, changed] = [settings, true];
    const timers: Timers = Object.fromEntries(readTimers(this.doc));
    if (!sameJson(timers, this.timers)) [this.timers, changed] = [timers, true];
    const phases: Phases = Object.fromEntries(readPhases(this.doc));
    if (!sameJson(phases, this.phases)) [this.phases, changed] = [phases, true];
    const draftCounts: RoomDraftCounts = Object.fromEntries(readDraftCounts(this.doc));
    if (!sameJson(draftCounts, this.draftCounts)) [this.draftCounts, changed] = [draftCounts, true];
    const runs: Runs = Object.fromEntries(readRuns(this.doc));
    if (!sameJson(runs, this.runs)) [this.runs, changed] = [runs, true];
    const voteRounds = readVoteRounds(this.doc);
    if (!sameJson(voteRounds, this.voteRounds)) [this.voteRounds, changed] = [voteRounds, true];
    return changed;
  }
}

import type * as Y from 'yjs';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import {
  boardMaps,
  CLOSE_CODES,
  migrateBoard,
  parseDocName,
  readDraftCounts,
  workshopDocName,
  workshopMaps,
  writeWorkshop,
  type DocRef,
  type DraftsDocRef,
} from '@essaim/shared';
import { loadYDoc } from '../storage/documentLog.js';
import type { Storage } from '../storage/Storage.js';
import type { Connection } from './Connection.js';
import { PersonBudgets, type PersonLimits } from './PersonBudgets.js';
import { DraftCounter } from './DraftCounter.js';
import { LiveWorkshops } from './LiveWorkshops.js';
import { Room } from './Room.js';
import { boardGuard, draftsGuard, workshopGuard, type UpdateGuard } from './updateGuards.js';

/** Marks the draft counts the server writes into a workshop document. */
const DRAFT_COUNTS_ORIGIN = Symbol('essaim-draft-counts');

/** The configuration the sync layer reads. */
export type SyncLimits = PersonLimits & Pick<Config, 'compactEvery' | 'maxBoardBytes'>;

/**
 * Keeps each document loaded once while anybody is connected to it, and unloads it (after a
 * final snapshot) when the last connection leaves.
 */
export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly closing = new Map<string, Promise<void>>();
  private shuttingDown = false;
  /** rate limits and socket caps of each person, across all their sockets */
  readonly people: PersonBudgets;
  /** each workshop's timers and private phases, for the guards of its boards and drafts */
  private readonly workshops = new LiveWorkshops();
  /** each drafts document's count of drafts, written into its workshop document */
  readonly draftCounts = new DraftCounter(
    (ref, count) => this.writeDraftCount(ref, count),
    // while shutting down, the count is written again when the drafts next load
    (err, doc) => this.shuttingDown || this.log.error({ err, doc }, 'draft count not written'),
  );

  constructor(
    private readonly storage: Storage,
    private readonly log: FastifyBaseLogger,
    /** passed to every room and connection */
    readonly limits: SyncLimits,
  ) {
    this.people = new PersonBudgets(limits);
  }

  get loadedRooms(): number {
    return this.rooms.size;
  }

  /** Loads the room if needed and adds the connection to it, in the same tick. */
  async join(name: string, conn: Connection): Promise<Room | null> {
    const room = await this.acquire(name);
    if (!room) return null;
    if (!conn.isOpen) {
      this.releaseIfIdle(room);
      return null;
    }
    room.add(conn);
    return room;
  }

  /**
   * Runs a server-side change on a document (loading it if nobody has it open). The change is
   * stored and relayed like any other update; an idle room is unloaded again afterwards.
   */
  async withDoc<T>(name: string, change: (room: Room) => T): Promise<T> {
    const room = await this.acquire(name);
    if (!room) throw new Error('server shutting down');
    room.holds++;
    try {
      // unloaded by a shutdown since it was acquired: a change now would be answered as done and never stored
      if (!this.isLive(room)) throw new Error('server shutting down');
      return change(room);
    } finally {
      room.holds--;
      this.releaseIfIdle(room);
    }
  }

  /**
   * Called, synchronously, each time a workshop document loads (after a restart: the first time
   * anyone opens it), e.g. to set the runner's alarms again; a listener reads the document, it does
   * not hold it (a `withDoc` there would load it again once unloaded, and again).
   */
  readonly workshopLoaded = new Set<(workshopId: string, doc: Y.Doc) => void>();

  /** The people with a socket open on a document now (none when it is not loaded). */
  connectedPeople(name: string): Set<string> {
    const room = this.rooms.get(name);
    return new Set(room ? [...room.connections].map((c) => c.participantId) : []);
  }

  /**
   * Runs a server-side change on several documents at once: each is loaded (and held) first, then
   * `change` runs synchronously with all of them, in the order of `names` — one step nobody's
   * update can come between. Each change is stored and relayed like any update.
   */
  async withDocs<T>(names: readonly string[], change: (rooms: Room[]) => T): Promise<T> {
    const held = new Map<string, Room>();
    try {
      const loads = await Promise.allSettled(
        [...new Set(names)].map(async (name) => {
          const room = await this.acquire(name);
          if (!room) throw new Error('server shutting down');
          // held at once: the others may still be loading, and an idle room would unload meanwhile
          room.holds++;
          held.set(name, room);
        }),
      );
      const failed = loads.find((l): l is PromiseRejectedResult => l.status === 'rejected');
      if (failed) throw failed.reason;
      const rooms = names.map((name) => held.get(name)!);
      if (rooms.some((room) => room.isFailed)) throw new Error('a document failed while the others loaded');
      // a shutdown unloads rooms while others still load: a change then would be answered as done and never stored
      if (!rooms.every((room) => this.isLive(room))) throw new Error('server shutting down');
      return change(rooms);
    } finally {
      for (const room of held.values()) {
        room.holds--;
        this.releaseIfIdle(room);
      }
    }
  }

  /** Whether `room` is still the loaded copy of its document (not unloaded, as a shutdown does to every room). */
  private isLive(room: Room): boolean {
    return this.rooms.get(room.name) === room && !room.isFailed;
  }

  /** Whether the document is loaded now (a board nobody holds cannot change). */
  isLoaded(name: string): boolean {
    return this.rooms.has(name);
  }

  /** The names of the loaded documents, e.g. every drafts document of a room that is open now. */
  loadedNames(): string[] {
    return [...this.rooms.keys()];
  }

  /** Every open connection, for closing those whose rights changed. */
  *allConnections(): Iterable<{ room: Room; conn: Connection }> {
    for (const room of this.rooms.values()) for (const conn of room.connections) yield { room, conn };
  }

  /** The loaded room, waiting for any unload in progress; null while shutting down. */
  private async acquire(name: string): Promise<Room | null> {
    for (;;) {
      if (this.shuttingDown) return null;
      const closing = this.closing.get(name);
      if (closing) {
        await closing;
        continue;
      }
      const room = this.rooms.get(name) ?? (await this.load(name));
      // The room may have started closing or failed while we waited for it to load.
      if (this.rooms.get(name) === room && !room.isFailed) return room;
    }
  }

  private releaseIfIdle(room: Room): void {
    if (room.connections.size === 0 && room.holds === 0) this.unload(room);
  }

  private load(name: string): Promise<Room> {
    let pending = this.loading.get(name);
    if (!pending) {
      const ref = parseDocName(name);
      pending = this.readTimersFor(ref)
        .then(() => loadYDoc(this.storage, name))
        .then(({ doc, lastSeq, logLength, storedBytes, wholeState }) => {
          const room = new Room({
            name,
            doc,
            lastSeq,
            logLength,
            storedBytes,
            wholeState,
            maxBoardBytes: this.limits.maxBoardBytes,
            storage: this.storage,
            log: this.log,
            compactEvery: this.limits.compactEvery,
            guard: this.guardFor(ref),
            onEmpty: (r) => this.releaseIfIdle(r),
          });
          if (ref?.kind === 'workshop') this.workshops.follow(ref.workshopId, doc);
          // after the room listens, so the migration is stored and relayed like any change; before anyone reads the board
          else this.migrate(room);
          if (ref?.kind === 'drafts') this.countDrafts(room, ref);
          this.rooms.set(name, room);
          if (ref?.kind === 'workshop') for (const listener of this.workshopLoaded) listener(ref.workshopId, doc);
          return room;
        })
        .finally(() => this.loading.delete(name));
      this.loading.set(name, pending);
    }
    return pending;
  }

  private guardFor(ref: DocRef | null): UpdateGuard {
    if (ref?.kind === 'workshop') return workshopGuard;
    if (ref?.kind === 'drafts') {
      return draftsGuard(ref.participantId, {
        writing: () => this.workshops.writing(ref.workshopId, ref.roomId),
        timerLocks: () => this.workshops.locks(ref.workshopId, ref.roomId, Date.now()),
      });
    }
    // judged at each update from the workshop document's timer of this room: no tick
    return boardGuard(() => !!ref && this.workshops.locks(ref.workshopId, ref.roomId, Date.now()));
  }

  /** Counts the drafts at load and after each change (`DraftCounter` coalesces and writes them). */
  private countDrafts(room: Room, ref: DraftsDocRef): void {
    const notes = boardMaps(room.doc).notes;
    this.draftCounts.changed(room.name, ref, notes.size);
    room.doc.on('update', () => this.draftCounts.changed(room.name, ref, notes.size));
  }

  /** Writes `draftCounts[roomId][participantId]` when it differs (0: no entry), for a room the workshop still has. */
  private writeDraftCount(ref: DraftsDocRef, count: () => number): Promise<void> {
    return this.withDoc(workshopDocName(ref.workshopId), (room) => {
      if (!workshopMaps(room.doc).rooms.has(ref.roomId)) return;
      const n = count();
      const counts = readDraftCounts(room.doc).get(ref.roomId) ?? {};
      if ((counts[ref.participantId] ?? 0) === n) return;
      const next = { ...counts, [ref.participantId]: n };
      if (n === 0) delete next[ref.participantId];
      writeWorkshop(room.doc, { draftCounts: { [ref.roomId]: next } }, DRAFT_COUNTS_ORIGIN);
    });
  }

  /** A guard reads its room's timer and phase synchronously: the workshop document is read before its first board or drafts load. */
  private async readTimersFor(ref: DocRef | null): Promise<void> {
    if (!ref || ref.kind === 'workshop' || this.workshops.knows(ref.workshopId)) return;
    await this.withDoc(workshopDocName(ref.workshopId), () => undefined).catch((err: unknown) => {
      // shutting down: the board will not open either
      if (!this.shuttingDown) throw err;
    });
  }

  /** Brings a board stored under an older schema to the current one (`migrateBoard`) and records its version. */
  private migrate(room: Room): void {
    const migration = migrateBoard(room.doc, 'migration');
    if (migration && migration.rewritten > 0) this.log.info({ doc: room.name, ...migration }, 'board migrated');
  }

  private unload(room: Room): void {
    if (this.rooms.get(room.name) !== room) return;
    this.rooms.delete(room.name);
    const ref = parseDocName(room.name);
    if (ref?.kind === 'workshop') this.workshops.unfollow(ref.workshopId, room.doc);
    const done = room
      .close()
      .catch((err: unknown) => this.log.error({ err, doc: room.name }, 'room unload failed'))
      .finally(() => this.closing.delete(room.name));
    this.closing.set(room.name, done);
  }

  /** Graceful shutdown: tell every client we are going away, flush and snapshot every room. */
  async closeAll(): Promise<void> {
    // counts still waiting are written while documents may still load
    await this.draftCounts.flushAll();
    this.shuttingDown = true;
    await Promise.allSettled([...this.loading.values()]);
    for (const room of [...this.rooms.values()]) {
      for (const conn of [...room.connections]) conn.close(CLOSE_CODES.GoingAway, 'server shutting down');
      this.unload(room);
    }
    await Promise.allSettled([...this.closing.values()]);
  }
}

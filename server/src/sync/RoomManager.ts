import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import { CLOSE_CODES, migrateBoard, parseDocName, workshopDocName, type DocRef } from '@essaim/shared';
import { loadYDoc } from '../storage/documentLog.js';
import type { Storage } from '../storage/Storage.js';
import type { Connection } from './Connection.js';
import { PersonBudgets, type PersonLimits } from './PersonBudgets.js';
import { Room } from './Room.js';
import { TimerLocks } from './TimerLocks.js';
import { boardGuard, workshopGuard, type UpdateGuard } from './updateGuards.js';

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
  /** each workshop's timers, for the boards whose room locks at the end of its timer */
  private readonly timerLocks = new TimerLocks();

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
      return change(room);
    } finally {
      room.holds--;
      this.releaseIfIdle(room);
    }
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
          if (ref?.kind === 'workshop') this.timerLocks.follow(ref.workshopId, doc);
          // after the room listens, so the migration is stored and relayed like any change; before anyone reads the board
          else this.migrate(room);
          this.rooms.set(name, room);
          return room;
        })
        .finally(() => this.loading.delete(name));
      this.loading.set(name, pending);
    }
    return pending;
  }

  private guardFor(ref: DocRef | null): UpdateGuard {
    if (ref?.kind === 'workshop') return workshopGuard;
    // judged at each update from the workshop document's timer of this room: no tick
    return boardGuard(() => !!ref && this.timerLocks.locks(ref.workshopId, ref.roomId, Date.now()));
  }

  /** A board's guard reads its room's timer synchronously: the workshop's timers are read before its first board loads. */
  private async readTimersFor(ref: DocRef | null): Promise<void> {
    if (ref?.kind !== 'room' || this.timerLocks.knows(ref.workshopId)) return;
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
    if (ref?.kind === 'workshop') this.timerLocks.unfollow(ref.workshopId, room.doc);
    const done = room
      .close()
      .catch((err: unknown) => this.log.error({ err, doc: room.name }, 'room unload failed'))
      .finally(() => this.closing.delete(room.name));
    this.closing.set(room.name, done);
  }

  /** Graceful shutdown: tell every client we are going away, flush and snapshot every room. */
  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    await Promise.allSettled([...this.loading.values()]);
    for (const room of [...this.rooms.values()]) {
      for (const conn of [...room.connections]) conn.close(CLOSE_CODES.GoingAway, 'server shutting down');
      this.unload(room);
    }
    await Promise.allSettled([...this.closing.values()]);
  }
}

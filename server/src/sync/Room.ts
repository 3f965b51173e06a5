import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CLOSE_CODES, ShadowDoc } from '@essaim/shared';
import type { FastifyBaseLogger } from 'fastify';
import { compactYDoc } from '../storage/documentLog.js';
import type { Storage } from '../storage/Storage.js';
import { BoardSize } from './BoardSize.js';
import { liveMergedValues } from './mergedValues.js';
import type { Connection } from './Connection.js';
import { checkAwareness } from './checkAwareness.js';
import { FORGET_PRESENCE_AFTER_MS, forgetPresences } from './forgetPresences.js';
import { PRESENCE_FRAME_BYTES, PresenceRelay } from './PresenceRelay.js';
import { awarenessMessageWithin, MESSAGE, syncStep1Message, timeMessage, updateMessage } from './messages.js';
import { scanUpdate } from './scanUpdate.js';
import { checkUpdateWork } from './updateWork.js';
import { readCertainChanges } from './readCertainChanges.js';
import { RateLimiter } from './RateLimiter.js';
import { deletesSomething } from './deletesSomething.js';
import { SyncAnswers } from './SyncAnswers.js';
import type { UpdateGuard } from './updateGuards.js';

/** Clients one update may introduce: a client passing on several people's work after a server restore. */
const MAX_NEW_CLIENTS = 64;
/** Clients a board may hold: a workshop's people reloading their pages make hundreds, not tens of thousands. */
const MAX_BOARD_CLIENTS = 20_000;

/** Clients an update has structs of that the document has never seen. */
function countNewClients(doc: Y.Doc, structs: readonly { id: Y.ID }[]): number {
  const fresh = new Set<number>();
  for (const s of structs) if (!doc.store.clients.has(s.id.client)) fresh.add(s.id.client);
  return fresh.size;
}

/** A message a client sent that is not valid y-websocket: the connection is closed with 4400. */
export class BadMessageError extends Error {}

/** A well-formed change the sender may not make: nothing of it is applied; closed with 4409. */
export class RefusedChangeError extends Error {}

/** The connection sends faster than its rate limits allow: closed with 1008. */
export class RateLimitedError extends Error {}

/** A change that would grow a board past `maxBoardBytes`: nothing of it is applied; closed with 4413. */
export class BoardFullError extends Error {}

export interface RoomOptions {
  name: string;
  doc: Y.Doc;
  lastSeq: number;
  logLength: number;
  /** bytes of the stored snapshot and log the document was loaded from */
  storedBytes: number;
  /** the whole document as stored v1 bytes, if the loader has them (`loadYDoc`) */
  wholeState: Uint8Array | null;
  /** 0: no limit */
  maxBoardBytes: number;
  storage: Storage;
  log: FastifyBaseLogger;
  compactEvery: number;
  /** decides, before anything is applied, whether a client's update is allowed */
  guard: UpdateGuard;
  /** called once the room has no connection left */
  onEmpty: (room: Room) => void;
}

const ROOM_PRESENCE_BYTES_PER_SECOND = 2 * 1024 * 1024;
/** Bytes of presence an awareness update a client sends may hold: echoes of frames of `PRESENCE_FRAME_BYTES`, and its own state. */
const MAX_PRESENCE_MESSAGE = 4 * PRESENCE_FRAME_BYTES;

/**
 * One loaded document and the connections editing it. Every update is appended to the log
 * before it is relayed; appends and compactions run one at a time, in order, on `queue`.
 */
export class Room {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  /** server-side changes in progress (`RoomManager.withDoc`): keeps an empty room loaded */
  holds = 0;
  private queue: Promise<void> = Promise.resolve();
  private lastSeq: number;
  private sinceSnapshot: number;
  private readonly size: BoardSize;
  private readonly answers: SyncAnswers;
  private readonly presence: PresenceRelay;
  /** where a client's update is tried before the document is touched */
  private readonly shadow: ShadowDoc;
  /** milliseconds the room may spend rebuilding its shadow: a tenth of its time, half a second at once */
  private readonly rebuilds = new RateLimiter(100, 500);
  /**
   * bytes of presence states the room reads (parses, checks, relays) a second: a plenary of 300
   * cursors and a few 100-note drags is well under; past it, states are dropped unread
   */
  private readonly presenceIntake = new RateLimiter(ROOM_PRESENCE_BYTES_PER_SECOND, 2 * ROOM_PRESENCE_BYTES_PER_SECOND);
  private failed = false;
  /** client id → the participant whose presence it was, forgotten with its clock (`forgetPresences`) */
  private readonly presencePeople = new Map<number, string>();
  /** forgets withdrawn presences' clocks now and then (`forgetPresences`) */
  private readonly forgetter: NodeJS.Timeout;

  get isFailed(): boolean {
    return this.failed;
  }

  constructor(private readonly opts: RoomOptions) {
    this.name = opts.name;
    this.doc = opts.doc;
    this.lastSeq = opts.lastSeq;
    this.sinceSnapshot = opts.logLength;
    this.size = new BoardSize(this.doc, opts.maxBoardBytes, opts.storedBytes);
    this.answers = new SyncAnswers(this.doc, opts.wholeState);
    this.shadow = new ShadowDoc(this.doc, opts.guard.roots);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.presence = new PresenceRelay(this.awareness, this.connections);
    this.forgetter = setInterval(() => {
      forgetPresences(this.awareness, Date.now());
      for (const id of this.presencePeople.keys()) if (!this.awareness.meta.has(id)) this.presencePeople.delete(id);
    }, FORGET_PRESENCE_AFTER_MS);
    this.forgetter.unref();
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  add(conn: Connection): void {
    this.connections.add(conn);
    conn.send(syncStep1Message(this.doc));
    this.sendPresences(conn);
  }

  /**
   * Every presence of the room, in frames of at most `PRESENCE_FRAME_BYTES`: the standard client
   * echoes what it receives in one message, which must stay under what the server accepts.
   */
  private sendPresences(conn: Connection): void {
    for (const frame of this.presenceFrames()) conn.send(frame);
  }

  private presenceFrames(): Uint8Array[] {
    const frames: Uint8Array[] = [];
    let ids = [...this.awareness.getStates().keys()];
    while (ids.length > 0) {
      const { message, taken } = awarenessMessageWithin(this.awareness, ids, PRESENCE_FRAME_BYTES);
      frames.push(message);
      ids = ids.slice(taken);
    }
    return frames;
  }

  /**
   * A client asks for every presence (message type 3): the answer is the whole room, so its
   * bytes are paid like presence read — by the person (1008 past it) and by the room (no answer
   * past it) — or 100 one-byte questions would make the server send megabytes.
   */
  private answerPresenceQuery(conn: Connection): void {
    const frames = this.presenceFrames();
    const bytes = frames.reduce((sum, f) => sum + f.byteLength, 0);
    if (!conn.budget.presenceBytes.take(bytes)) throw new RateLimitedError('too many presence queries');
    if (!this.presenceIntake.take(bytes)) return;
    for (const frame of frames) conn.send(frame);
  }

  /**
   * A clock request (`[8][requestId]`), answered at once with the server's clock, so clients
   * measure their offset over the socket they already have. Past 10 a second a request goes
   * unanswered (a client's own burst is 5); far past it the socket is closed (1008).
   */
  private answerTime(conn: Connection, decoder: decoding.Decoder): void {
    const requestId = decoding.readVarUint(decoder);
    // lib0 returns a varint ending past 2^53 unchecked: an id no client sends, and no longer the one it wrote
    if (!Number.isSafeInteger(requestId)) throw new BadMessageError('clock request id out of range');
    if (decoding.hasContent(decoder)) throw new BadMessageError('clock request with trailing bytes');
    if (!conn.timeFrames.take()) throw new RateLimitedError('too many clock requests');
    if (!conn.timeAnswers.take()) return;
    conn.send(timeMessage(requestId, Date.now()));
  }

  remove(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    if (conn.awarenessIds.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    if (this.connections.size === 0) this.opts.onEmpty(this);
  }

  /** Copies of the document built to try updates on (each refused try costs one more). */
  get shadowBuilds(): number {
    return this.shadow.builds;
  }

  /** Estimated encoded size of the document, in bytes (see `BoardSize`). */
  get estimatedBytes(): number {
    return this.size.bytes;
  }

  /** Handles one binary frame; throws BadMessageError for anything malformed. */
  receive(conn: Connection, data: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MESSAGE.sync:
          return this.receiveSync(conn, decoder);
        case MESSAGE.awareness:
          return this.receiveAwareness(conn, decoding.readVarUint8Array(decoder));
        case MESSAGE.queryAwareness:
          if (!conn.budget.awarenessRate.take()) throw new RateLimitedError('too many presence queries');
          this.answerPresenceQuery(conn);
          return;
        case MESSAGE.time:
          return this.answerTime(conn, decoder);
        default:
          throw new BadMessageError(`unknown message type ${type}`);
      }
    } catch (err) {
      if (err instanceof BadMessageError || err instanceof RefusedChangeError) throw err;
      if (err instanceof RateLimitedError || err instanceof BoardFullError) throw err;
      throw new BadMessageError(err instanceof Error ? err.message : String(err));
    }
  }

  private receiveSync(conn: Connection, decoder: decoding.Decoder): void {
    const subtype = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    switch (subtype) {
      case syncProtocol.messageYjsSyncStep1:
        if (!conn.budget.syncRequestRate.take()) throw new RateLimitedError('too many sync requests');
        conn.send(this.answers.step2(payload));
        return;
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        if (!conn.budget.updateRate.take()) throw new RateLimitedError('too many updates');
        return this.receiveUpdate(conn, payload);
      default:
        throw new BadMessageError(`unknown sync message ${subtype}`);
    }
  }

  private receiveUpdate(conn: Connection, update: Uint8Array): void {
    // Bounded walk first: only then may Yjs decode it (some struct kinds are costly to build).
    const scan = scanUpdate(update, this.opts.guard.roots, (client) => Y.getState(this.doc.store, client));
    if (!scan.ok) throw new RefusedChangeError(scan.reason);
    const { structs, ds } = Y.decodeUpdate(update);
    if (!conn.budget.structRate.take(structs.length)) throw new RateLimitedError('too many structs');
    const merged = liveMergedValues(structs, ds);
    if (merged) throw new RefusedChangeError(merged);
    const heavy = checkUpdateWork(this.doc, structs);
    if (heavy) throw new RefusedChangeError(heavy);
    const grows = structs.some((s) => s.id.clock + s.length > Y.getState(this.doc.store, s.id.client));
    // Whoever may change nothing is refused without a try, which would cost a rebuild of the shadow copy.
    const readOnly = this.opts.guard.readOnly(this.doc, conn);
    const changesSomething = grows || deletesSomething(this.doc, ds);
    if (readOnly && changesSomething) throw new RefusedChangeError(readOnly);
    // nothing new (a reconnecting client's step 2): nothing to try, nothing to apply
    if (!changesSomething) return;
    if (grows && !this.size.admits(update)) throw new BoardFullError(`board holds about ${this.size.bytes} bytes`);
    const newClients = countNewClients(this.doc, structs);
    if (newClients > MAX_NEW_CLIENTS) throw new RefusedChangeError(`more than ${MAX_NEW_CLIENTS} new clients in one update`);
    if (newClients > 0 && this.doc.store.clients.size + newClients > MAX_BOARD_CLIENTS) throw new BoardFullError('too many clients on this board');
    if (newClients > 0 && !conn.budget.newClientRate.take()) throw new RateLimitedError('too many new clients');
    // A refused try costs a rebuild of the shadow: what is certainly refused is refused without one,
    const certain = readCertainChanges(this.doc, structs, ds, this.opts.guard.roots);
    const refused = certain && this.opts.guard.judge({ changes: certain, grows }, this.doc, conn);
    if (refused) throw new RefusedChangeError(refused);
    // a person past their refusals is not tried, nor anyone but facilitators while the room rebuilds too often.
    if (!conn.budget.refusals.available()) throw new RateLimitedError('too many refused changes');
    if (!this.shadow.ready && conn.actor.role !== 'facilitator' && !this.rebuilds.available(this.shadow.lastRebuildMs)) {
      throw new RateLimitedError('the board is rebuilt too often');
    }
    // Yjs integrates it on the shadow copy first: rights are judged on what it really changed.
    let accepted = false;
    try {
      const effect = this.shadow.tryUpdate(update);
      const refusal = effect.ok ? this.opts.guard.judge({ changes: effect.changes, grows }, this.doc, conn) : effect.reason;
      if (refusal) throw new RefusedChangeError(refusal);
      this.shadow.accept(update, conn);
      accepted = true;
    } finally {
      // whatever went wrong (a refusal, a throw while judging), the shadow may hold the update: it goes
      if (!accepted) this.shadow.reject();
      if (this.shadow.rebuiltNow) this.rebuilds.spend(this.shadow.lastRebuildMs);
    }
  }

  private receiveAwareness(conn: Connection, update: Uint8Array): void {
    // An echo of the biggest frame the room sends, and a state of its own, fit in far less.
    if (update.byteLength > MAX_PRESENCE_MESSAGE) throw new BadMessageError('presence message too large');
    // Paid before anything is read: echoes change nothing, but still cost their bytes.
    if (!conn.presence.admits(update.byteLength)) throw new RateLimitedError('too many presence frames');
    const checked = checkAwareness(update, conn, {
      awareness: this.awareness,
      ownerOf: (id) => this.ownerOfPresence(id),
      payForState: (_conn, bytes) => (!conn.budget.presenceBytes.take(bytes) ? 'person' : !this.presenceIntake.take(bytes) ? 'room' : 'ok'),
      personOf: (id) => this.presencePeople.get(id),
      mayClaim: (_conn, noteId) => this.opts.guard.mayWriteIn(this.doc, conn, noteId),
      movableZones: (_conn, zoneIds) => this.opts.guard.movableZones(this.doc, conn, zoneIds),
      draggableNotes: (_conn, noteIds) => this.opts.guard.draggableNotes(this.doc, conn, noteIds),
    });
    if (checked.refusal !== undefined) throw new RefusedChangeError(checked.refusal);
    if (checked.limited !== undefined) throw new RateLimitedError(checked.limited);
    // Only what changes spends a change token, and before it is applied, so a refused one is never relayed.
    if (!checked.update) return;
    if (!conn.budget.awarenessRate.take()) throw new RateLimitedError('too many presence changes');
    awarenessProtocol.applyAwarenessUpdate(this.awareness, checked.update, conn);
  }

  /** The presence is now this connection's: withdrawn when it leaves, no longer when another one does. */
  private claimPresence(conn: Connection, clientId: number): void {
    for (const other of this.connections) if (other !== conn) other.awarenessIds.delete(clientId);
    conn.awarenessIds.add(clientId);
    this.presencePeople.set(clientId, conn.participantId);
  }

  private ownerOfPresence(clientId: number): Connection | undefined {
    for (const conn of this.connections) if (conn.awarenessIds.has(clientId)) return conn;
    return undefined;
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.enqueue(async () => {
      this.lastSeq = await this.opts.storage.appendUpdate(this.name, update);
      this.sinceSnapshot++;
      this.size.grew(update.byteLength);
      const message = updateMessage(update);
      for (const conn of this.connections) if (conn !== origin) conn.send(message);
      if (this.sinceSnapshot >= this.opts.compactEvery) await this.compact();
    });
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    if (origin && this.connections.has(origin as Connection)) {
      const conn = origin as Connection;
      // `updated` too: a client back with the same id after a reconnect is only updated (the
      // server keeps its old clock), and it must be withdrawn when this connection goes.
      for (const id of [...added, ...updated]) this.claimPresence(conn, id);
      for (const id of removed) conn.awarenessIds.delete(id);
    }
    this.presence.changed(changed);
  };

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch((err: unknown) => this.fail(err));
  }

  private async compact(): Promise<void> {
    if (this.sinceSnapshot === 0) return;
    const bytes = await compactYDoc(this.opts.storage, this.name, this.doc, this.lastSeq);
    this.sinceSnapshot = 0;
    this.size.measured(bytes);
  }

  /**
   * Storage refused a write: what is in memory is not durable. Drop the room without
   * compacting; clients reconnect, the room reloads from storage, and each client's sync
   * sends back what the server is missing — so nothing acknowledged only in memory is lost.
   */
  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.opts.log.error({ err, doc: this.name }, 'storage write failed; unloading room');
    for (const conn of [...this.connections]) conn.close(CLOSE_CODES.ServerError, 'storage error');
  }

  /** Waits for pending writes, snapshots the document and frees it. */
  async close(): Promise<void> {
    this.doc.off('update', this.onDocUpdate);
    await this.queue;
    if (!this.failed) {
      try {
        await this.compact();
      } catch (err) {
        this.opts.log.error({ err, doc: this.name }, 'compaction on unload failed; the update log is kept');
      }
    }
    clearInterval(this.forgetter);
    // the awareness announces its own departure when destroyed: the relay goes after it
    this.awareness.destroy();
    this.presence.destroy();
    this.shadow.destroy();
    this.doc.destroy();
  }
}

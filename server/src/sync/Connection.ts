import type { WebSocket } from 'ws';
import { CLOSE_CODES, type Actor } from '@essaim/shared';
import type { Identity } from '../auth/TokenService.js';
import type { PersonBudget } from './PersonBudgets.js';
import { ConnectionPresence } from './ConnectionPresence.js';
import { RateLimiter } from './RateLimiter.js';

/** Above this many bytes waiting to be sent, the client is too slow to follow the room. */
const MAX_BUFFERED = 8 * 1024 * 1024;
/** How long a closed socket may take to answer the close frame before it is cut. */
const CLOSE_GRACE_MS = 1000;
/** A phone that vanished without closing its socket is noticed after at most two of these. */
const PING_INTERVAL_MS = 30_000;
/** Clock requests answered: a client asks five at each connection, then one a minute; past this, unanswered. */
const TIME_ANSWERS_PER_SECOND = 10;
/** Clock requests read at all: a socket sending far past what is answered is closed (1008), a strike for its person. */
const TIME_FRAMES_PER_SECOND = 100;
const TIME_FRAMES_BURST = 200;

/** One participant's socket in one room. */
export class Connection {
  /** awareness client ids this connection has announced (removed when it leaves) */
  readonly awarenessIds = new Set<number>();
  /** the presence this socket speaks for, and its awareness traffic budget (echoes included) */
  readonly presence = new ConnectionPresence();
  /** clock requests (`MESSAGE.time`) this socket may have answered */
  readonly timeAnswers = new RateLimiter(TIME_ANSWERS_PER_SECOND, TIME_ANSWERS_PER_SECOND);
  /** clock requests this socket may send, answered or not */
  readonly timeFrames = new RateLimiter(TIME_FRAMES_PER_SECOND, TIME_FRAMES_BURST);
  /** the displayed name, kept current when the person renames themself */
  name: string;
  private closed = false;
  private alive = true;
  private readonly pinger: NodeJS.Timeout;

  constructor(
    readonly socket: WebSocket,
    readonly identity: Identity,
    /** this person's rate limits, shared by all their sockets (`PersonBudgets`) */
    readonly budget: PersonBudget,
  ) {
    this.name = identity.participant.name;
    socket.on('pong', () => {
      this.alive = true;
    });
    this.pinger = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      if (!this.alive) return socket.terminate();
      this.alive = false;
      socket.ping();
    }, PING_INTERVAL_MS);
    this.pinger.unref();
    socket.once('close', () => {
      this.closed = true;
      clearInterval(this.pinger);
    });
  }

  get participantId(): string {
    return this.identity.participantId;
  }

  get actor(): Actor {
    return { participantId: this.identity.participantId, role: this.identity.role };
  }

  get isOpen(): boolean {
    return !this.closed && this.socket.readyState === this.socket.OPEN;
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED) {
      this.close(CLOSE_CODES.TooSlow, 'too slow');
      return;
    }
    this.socket.send(message, (err) => {
      if (err) this.close(CLOSE_CODES.ServerError, 'send failed');
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
    // A client closed for malformed or too many frames may have megabytes more on their way:
    // they are not even read (and unmasked) any more. The close frame is already out.
    if (code === CLOSE_CODES.BadMessage || code === CLOSE_CODES.RateLimited) this.socket.pause();
    // Frames still on their way are dropped unread (`syncRoutes`); a client that keeps sending
    // instead of answering the close frame is cut after a second (ws would wait 30 s).
    setTimeout(() => this.socket.terminate(), CLOSE_GRACE_MS).unref();
  }
}

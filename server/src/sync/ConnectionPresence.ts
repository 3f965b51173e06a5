import { RateLimiter } from './RateLimiter.js';

/**
 * Awareness frames one connection may send, echoes included: the standard client echoes every
 * presence it hears (at most 20 relay frames a second, see `PresenceRelay`) and sends its own
 * cursor and drag at 20 a second each; a second tab of the same board adds its own through
 * this socket too. Bytes: echoes are skipped unread, so they cost little; the own states that
 * are read are counted per person too (`PersonBudget.presenceBytes`).
 */
export const PRESENCE_BUDGET: PresenceBudget = {
  framesPerSecond: 120,
  framesBurst: 240,
  bytesPerSecond: 2 * 1024 * 1024,
  bytesBurst: 4 * 1024 * 1024,
};

export interface PresenceBudget {
  framesPerSecond: number;
  framesBurst: number;
  bytesPerSecond: number;
  bytesBurst: number;
}

/** Client ids of the same person's other tabs a connection may relay before their own socket announces them. */
const MAX_RELAYED = 8;
/** ...remembered this long: awareness's own timeout, after which an unannounced presence is gone anyway. */
const RELAYED_FOR_MS = 30_000;

/** One connection's side of presence: the client id it speaks for, and its awareness traffic budget. */
export class ConnectionPresence {
  /**
   * The first client id the connection names: the standard client's first awareness frame is
   * its own state, so this is its id; no other presence may change through this connection.
   */
  ownId: number | undefined;
  /** unannounced client ids relayed for the same person's other tab (BroadcastChannel) → when first seen */
  private readonly relayed = new Map<number, number>();
  private readonly frames: RateLimiter;
  private readonly bytes: RateLimiter;

  constructor(
    budget: PresenceBudget = PRESENCE_BUDGET,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.frames = new RateLimiter(budget.framesPerSecond, budget.framesBurst, now);
    this.bytes = new RateLimiter(budget.bytesPerSecond, budget.bytesBurst, now);
  }

  /** Spends one frame and its bytes; false when over budget (the caller closes with 1008). */
  admits(byteLength: number): boolean {
    return this.frames.take(1) && this.bytes.take(byteLength);
  }

  /**
   * Notes a new client id this connection relayed for another tab of the same person, whose own
   * socket has not announced it yet; false once it names more than a person opens tabs.
   */
  relays(clientId: number): boolean {
    const now = this.now();
    for (const [id, since] of this.relayed) if (now - since > RELAYED_FOR_MS) this.relayed.delete(id);
    if (!this.relayed.has(clientId)) this.relayed.set(clientId, now);
    return this.relayed.size <= MAX_RELAYED;
  }
}

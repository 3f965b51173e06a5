import type { Role } from '@essaim/shared';
import { KnockingTokens } from './KnockingTokens.js';
import { RateLimiter, type SyncRates } from './RateLimiter.js';

/** What one person may still send, shared by every socket they have open. */
export interface PersonBudget {
  /** document updates (sync step 2 and updates) */
  readonly updateRate: RateLimiter;
  /** Yjs structs in those updates: what integrating them costs, whatever the number of messages */
  readonly structRate: RateLimiter;
  /** sync step 1 requests: each one makes the server encode a difference of the whole board */
  readonly syncRequestRate: RateLimiter;
  /** presence changes */
  readonly awarenessRate: RateLimiter;
  /** bytes of the person's own presence states read (echoes are skipped unread): each is parsed, checked and relayed */
  readonly presenceBytes: RateLimiter;
  /**
   * strikes: changes refused (each one makes the room rebuild its shadow copy), bad messages and
   * sockets closed over a rate limit; spent, the person's new sockets wait
   */
  readonly refusals: RateLimiter;
  /** updates that bring Yjs clients the board has never seen (a page load that writes brings one) */
  readonly newClientRate: RateLimiter;
}

/** Why a person may not open one more socket now. */
export type SocketRefusal = 'too many sockets' | 'too many refused changes';

export interface PersonLimits extends SyncRates {
  /** sockets one participant may hold at once (a few tabs, each with its board and the workshop document) */
  maxSocketsPerParticipant: number;
  /** ...and a facilitator or observer, whose dashboard opens every room's miniature */
  maxSocketsPerFacilitator: number;
}

interface Entry {
  budget: PersonBudget;
  sockets: number;
  /** sockets turned away: each still costs an upgrade and a close frame; past this budget they are refused before the upgrade */
  knocks: RateLimiter;
  /** forgets a person with no socket once their buckets would have refilled anyway */
  forget: NodeJS.Timeout | null;
}

/** Sync step 1 requests: one per socket opening (every socket of the cap at once), and a few more for reconnections. */
const SYNC_REQUESTS_PER_SECOND = 1;
const SYNC_REQUESTS_SPARE = 4;
/** An honest client resets its board at most 3 times a minute after refusals; five, then one every 15 s. */
const REFUSALS_PER_SECOND = 1 / 15;
const REFUSALS_BURST = 5;
/** A page load that writes brings one new client: 32 at once, then one every 10 s. */
const NEW_CLIENTS_PER_SECOND = 1 / 10;
const NEW_CLIENTS_BURST = 32;
/** Structs per update of the update budget: 60 updates a second, bursts of 200, give 3,000 structs a second, bursts of 10,000. */
const STRUCTS_PER_UPDATE = 50;
const FORGET_AFTER_MS = 60_000;
/** Own presence bytes a person may have read: a cursor and a 100-note drag, 20 times a second, take under 256 KiB. */
const PRESENCE_BYTES_PER_SECOND = 512 * 1024;
const PRESENCE_BYTES_BURST = 1024 * 1024;
/** Sockets turned away with a close code (a tab too many, a reconnection loop): 16, then one a second. */
const KNOCKS_PER_SECOND = 1;
const KNOCKS_BURST = 16;

/**
 * Rate limits and the socket cap per person rather than per socket: twenty sockets opened with
 * one token share one budget, so opening more of them buys nothing.
 */
export class PersonBudgets {
  private readonly people = new Map<string, Entry>();
  /** tokens of people who keep opening sockets past their cap, refused before the router (`gateUpgrades`) */
  readonly knocking = new KnockingTokens();

  constructor(private readonly limits: PersonLimits) {}

  /**
   * Why this person may not open one more socket now, asked before anything is looked up: null
   * when they may; `'knocking'` when they keep trying after being turned away (answered before
   * the upgrade, without a socket).
   */
  refusal(participantId: string, role: Role): SocketRefusal | 'knocking' | null {
    const entry = this.people.get(participantId);
    const why = entry && this.refusalOf(entry, role);
    if (!entry || !why) return null;
    return entry.knocks.take() ? why : 'knocking';
  }

  /** The budget for one more socket of this person, or why they may not open one now. */
  open(participantId: string, role: Role): PersonBudget | SocketRefusal {
    let entry = this.people.get(participantId);
    const cap = this.capOf(role);
    const why = entry && this.refusalOf(entry, role);
    if (why) return why;
    if (!entry) {
      entry = { budget: this.newBudget(cap), sockets: 0, knocks: new RateLimiter(KNOCKS_PER_SECOND, KNOCKS_BURST), forget: null };
      this.people.set(participantId, entry);
    }
    if (entry.forget) clearTimeout(entry.forget);
    entry.forget = null;
    entry.sockets++;
    return entry.budget;
  }

  /**
   * The person was removed from the workshop: their budget and remembered tokens go, so their
   * next tries are judged on the token alone (revoked: 4401), not on sockets still closing.
   */
  revoke(participantId: string): void {
    const entry = this.people.get(participantId);
    if (entry?.forget) clearTimeout(entry.forget);
    this.people.delete(participantId);
    this.knocking.forgetPerson(participantId);
  }

  /** One of this person's sockets closed. */
  close(participantId: string): void {
    const entry = this.people.get(participantId);
    if (!entry || --entry.sockets > 0) return;
    entry.forget = setTimeout(() => this.people.delete(participantId), FORGET_AFTER_MS);
    entry.forget.unref();
  }

  /** People with a socket open or a budget still remembered. */
  get size(): number {
    return this.people.size;
  }

  private capOf(role: Role): number {
    return role === 'participant' ? this.limits.maxSocketsPerParticipant : this.limits.maxSocketsPerFacilitator;
  }

  private refusalOf(entry: Entry, role: Role): SocketRefusal | null {
    const cap = this.capOf(role);
    if (cap > 0 && entry.sockets >= cap) return 'too many sockets';
    if (!entry.budget.refusals.available()) return 'too many refused changes';
    return null;
  }

  private newBudget(socketCap: number): PersonBudget {
    const l = this.limits;
    const unlimited = l.syncUpdatesPerSecond === 0 || socketCap === 0;
    return {
      updateRate: new RateLimiter(l.syncUpdatesPerSecond, l.syncUpdatesBurst),
      // a note written is one struct; a facilitator's big paste or an offline afternoon, a few thousand at once
      structRate: new RateLimiter(l.syncUpdatesPerSecond * STRUCTS_PER_UPDATE, l.syncUpdatesBurst * STRUCTS_PER_UPDATE),
      syncRequestRate: new RateLimiter(unlimited ? 0 : SYNC_REQUESTS_PER_SECOND, socketCap + SYNC_REQUESTS_SPARE),
      awarenessRate: new RateLimiter(l.syncAwarenessPerSecond, l.syncAwarenessBurst),
      presenceBytes: new RateLimiter(l.syncAwarenessPerSecond === 0 ? 0 : PRESENCE_BYTES_PER_SECOND, PRESENCE_BYTES_BURST),
      refusals: new RateLimiter(unlimited ? 0 : REFUSALS_PER_SECOND, REFUSALS_BURST),
      newClientRate: new RateLimiter(unlimited ? 0 : NEW_CLIENTS_PER_SECOND, NEW_CLIENTS_BURST),
    };
  }
}

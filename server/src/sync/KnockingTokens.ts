/** How long a token that kept knocking is answered 429 without a look at its signature. */
const KNOCKING_FOR_MS = 1000;
/** Tokens remembered at once: the oldest go first (each is a few hundred bytes). */
const MAX_TOKENS = 10_000;

/**
 * Tokens whose person kept opening sockets after being turned away, for a second: their next
 * attempts are refused before the upgrade by a lookup, not by a signature check each time.
 * Only tokens whose signature was checked are added, so nobody can put another's token here.
 */
export class KnockingTokens {
  /** token → until when (performance.now()) and whose it is; insertion order is age order */
  private readonly until = new Map<string, { until: number; participantId: string }>();

  constructor(private readonly now: () => number = performance.now.bind(performance)) {}

  add(token: string, participantId: string): void {
    this.until.delete(token);
    this.until.set(token, { until: this.now() + KNOCKING_FOR_MS, participantId });
    if (this.until.size > MAX_TOKENS) this.until.delete(this.until.keys().next().value!);
  }

  /** Forgets every token of this person (removed from the workshop: their tokens are now refused as such). */
  forgetPerson(participantId: string): void {
    for (const [token, entry] of this.until) if (entry.participantId === participantId) this.until.delete(token);
  }

  /** The participant whose token this is, while it is remembered; null otherwise. */
  whose(token: string): string | null {
    const entry = this.until.get(token);
    if (entry === undefined) return null;
    if (entry.until > this.now()) return entry.participantId;
    this.until.delete(token);
    return null;
  }
}

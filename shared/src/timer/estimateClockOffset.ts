/** One round trip of a clock request: the client's clock when it asked and when the answer came, the server's in between. */
export interface ClockSample {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

export interface ClockOffset {
  /** add it to the client's clock to read the server's */
  offsetMs: number;
  /** the round trip of the samples kept (their median) */
  rttMs: number;
}

const median = (sorted: readonly number[]): number => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The server clock's offset from the client's. Each sample assumes the answer was made halfway
 * through its round trip, which is wrong by at most half the trip: so only the quickest half of
 * the samples (at least one) are kept — a trip slowed by a busy network says little — and the
 * median of their offsets is taken. Null without a usable sample.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockOffset | null {
  const usable = samples.filter(
    (s) => Number.isFinite(s.sentAt) && Number.isFinite(s.serverNow) && Number.isFinite(s.receivedAt) && s.receivedAt >= s.sentAt,
  );
  if (usable.length === 0) return null;
  const quickest = [...usable].sort((a, b) => a.receivedAt - a.sentAt - (b.receivedAt - b.sentAt)).slice(0, Math.max(1, Math.ceil(usable.length / 2)));
  const offsets = quickest.map((s) => s.serverNow - (s.sentAt + s.receivedAt) / 2).sort((a, b) => a - b);
  const trips = quickest.map((s) => s.receivedAt - s.sentAt).sort((a, b) => a - b);
  return { offsetMs: median(offsets), rttMs: median(trips) };
}

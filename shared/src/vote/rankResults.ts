import type { VoteResult } from '../schema/VoteRound.js';

export interface RankedResult extends VoteResult {
  /** 1 for the most dots; equal counts share a rank (1, 2, 2, 4) */
  rank: number;
}

/** Results best first (then by room and note id, so every screen lists them alike), ties sharing their rank. */
export function rankResults(results: readonly VoteResult[]): RankedResult[] {
  const sorted = [...results].sort((a, b) => b.count - a.count || a.roomId.localeCompare(b.roomId) || a.noteId.localeCompare(b.noteId));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || r.count !== sorted[i - 1]!.count) rank = i + 1;
    return { ...r, rank };
  });
}

export interface TopPick {
  /** the notes certainly in the top `n` */
  kept: RankedResult[];
  /** the notes tied at the boundary: the facilitator picks among them to fill the places left */
  tied: RankedResult[];
  /** places left for the tied notes */
  placesLeft: number;
}

/**
 * « Garder les N premiers »: the notes above the boundary, and those tied on it. Notes without a dot
 * are never kept. With 5, 4, 4, 4, 2 and n = 3: 5 kept, the three 4s tied for 2 places.
 */
export function pickTop(ranked: readonly RankedResult[], n: number): TopPick {
  const voted = ranked.filter((r) => r.count > 0);
  if (n <= 0 || voted.length === 0) return { kept: [], tied: [], placesLeft: 0 };
  if (voted.length <= n) return { kept: [...voted], tied: [], placesLeft: 0 };
  const boundary = voted[n - 1]!.count;
  if (voted[n]!.count !== boundary) return { kept: voted.slice(0, n), tied: [], placesLeft: 0 };
  const kept = voted.filter((r) => r.count > boundary);
  const tied = voted.filter((r) => r.count === boundary);
  return { kept, tied, placesLeft: n - kept.length };
}

/**
 * Each note's count in a round on one room's board (all rooms when none is named: note ids are
 * unique within a board only), copies of « Garder » showing the count of the note they copy.
 */
export function roundCounts(round: { results: readonly VoteResult[] | null; copies: Record<string, string> }, roomId?: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of round.results ?? []) if (roomId === undefined || r.roomId === roomId) counts.set(r.noteId, r.count);
  for (const [copy, original] of Object.entries(round.copies)) {
    const count = counts.get(original);
    if (count !== undefined && !counts.has(copy)) counts.set(copy, count);
  }
  return counts;
}

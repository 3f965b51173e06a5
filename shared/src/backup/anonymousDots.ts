import type { Dot } from '../vote/tally.js';

/** The pseudonym of the `n`-th voter (from 0) of an anonymous round: sorts in the same order as it counts. */
const pseudonym = (n: number): string => `anon-${String(n + 1).padStart(5, '0')}`;

/**
 * An anonymous round's dots as a backup holds them: each voter under a pseudonym of that round only
 * (`anon-00001`…, in the order of their ids), so the file counts who voted where — turnout, an open
 * round's tallies — but names nobody, as the app never showed anyone who voted for what. A file's
 * own pseudonyms come back unchanged, so export → import → export gives the same dots.
 */
export function anonymousDots(dots: readonly Dot[]): Dot[] {
  const voters = [...new Set(dots.map((d) => d.participantId))].sort();
  const of = new Map(voters.map((id, i) => [id, pseudonym(i)]));
  return dots.map((d) => ({ ...d, participantId: of.get(d.participantId)! }));
}

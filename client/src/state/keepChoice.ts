import { pickTop, type RankedResult, type TopPick } from '@essaim/shared';

/** « Garder les N premiers » as the facilitator settles it. */
export interface KeepChoice extends TopPick {
  /** the notes to keep in rank order once the ties are settled, else null */
  noteIds: string[] | null;
  /** how many tied notes are chosen so far */
  chosen: number;
}

/**
 * The top `n` of the ranked notes (the shared `pickTop`): the notes certainly in, and — when notes
 * are tied on the boundary — the ones the facilitator ticked among them. Ready only when exactly
 * the places left are ticked; the notes go in their rank order, the ticked ties in theirs.
 */
export function keepChoice(ranked: readonly RankedResult[], n: number, ticked: ReadonlySet<string>): KeepChoice {
  const pick = pickTop(ranked, n);
  const chosenTied = pick.tied.filter((r) => ticked.has(r.noteId));
  const ready = chosenTied.length === pick.placesLeft && pick.kept.length + chosenTied.length > 0;
  return { ...pick, chosen: chosenTied.length, noteIds: ready ? [...pick.kept, ...chosenTied].map((r) => r.noteId) : null };
}

import { isPriorityNeedsZone, pickTop, type Frame, type RankedResult, type TopPick, type VoteRound } from '@essaim/shared';

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

/**
 * How many notes « Garder » already copied from this room's results in this round (`copies`: copy
 * id → the note copied), so a second click does not copy them twice unawares.
 */
export function copiesKept(round: Pick<VoteRound, 'copies' | 'results'>, roomId: string): number {
  const originals = new Set((round.results ?? []).filter((r) => r.roomId === roomId).map((r) => r.noteId));
  return Object.values(round.copies).filter((original) => originals.has(original)).length;
}

/**
 * « Dans la zone » : the room's « 3 besoins prioritaires » zone, where the notes go by default (the
 * server's choice too), and the other zones by title — the priorities zone listed once.
 */
export function keepZones(frames: readonly Frame[]): { priority: Frame | null; others: Frame[] } {
  const priority = frames.find(isPriorityNeedsZone) ?? null;
  return { priority, others: frames.filter((f) => f !== priority).sort((a, b) => a.title.localeCompare(b.title, 'fr')) };
}

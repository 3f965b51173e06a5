import { RUN_PAIRS_MAX, type Pair } from '../schema/RoomRun.js';

/**
 * Pairs for the « en binômes » step, in the order given (the caller shuffles): two by two, the
 * last three together when the count is odd; one person alone forms a pair of one. At most
 * `RUN_PAIRS_MAX` pairs: past them, people join the pairs as a third, and who is still left (past
 * 192 people) is in no pair.
 */
export function formPairs(participantIds: readonly string[]): Pair[] {
  const ids = [...new Set(participantIds)];
  const pairs: Pair[] = [];
  for (let i = 0; i < ids.length; i += 2) pairs.push({ id: `p${pairs.length + 1}`, members: ids.slice(i, i + 2), frameId: null });
  const last = pairs.at(-1);
  if (pairs.length > 1 && last && last.members.length === 1) {
    pairs.pop();
    pairs.at(-1)!.members.push(last.members[0]!);
  }
  const extra = pairs.splice(RUN_PAIRS_MAX).flatMap((p) => p.members);
  for (const pair of pairs) while (pair.members.length < PAIR_MAX && extra.length > 0) pair.members.push(extra.shift()!);
  return pairs;
}

/** The pairs with `a` and `b` swapped; null when either is in no pair or both are in the same one. */
export function swapMembers(pairs: readonly Pair[], a: string, b: string): Pair[] | null {
  const pa = pairs.findIndex((p) => p.members.includes(a));
  const pb = pairs.findIndex((p) => p.members.includes(b));
  if (pa < 0 || pb < 0 || pa === pb) return null;
  const swap = (id: string) => (id === a ? b : id === b ? a : id);
  return pairs.map((p, i) => (i === pa || i === pb ? { ...p, members: p.members.map(swap) } : p));
}

/** The largest pair: three people. */
export const PAIR_MAX = 3;

/**
 * Someone who arrived late joins pair `pairId`, or else the smallest pair (the first of them);
 * when every pair is full (three) or there is none, a new pair of one. Null when they are already in a
 * pair, or `pairId` names a full or unknown pair, or every pair is full and the run holds `RUN_PAIRS_MAX`.
 */
export function addMember(pairs: readonly Pair[], id: string, pairId?: string): Pair[] | null {
  if (pairs.some((p) => p.members.includes(id))) return null;
  let target = pairId === undefined ? -1 : pairs.findIndex((p) => p.id === pairId);
  if (pairId !== undefined && (target < 0 || pairs[target]!.members.length >= PAIR_MAX)) return null;
  if (target < 0) {
    const smallest = pairs.reduce((best, p, i) => (best < 0 || p.members.length < pairs[best]!.members.length ? i : best), -1);
    if (smallest >= 0 && pairs[smallest]!.members.length < PAIR_MAX) target = smallest;
  }
  if (target < 0) return pairs.length < RUN_PAIRS_MAX ? [...pairs, { id: nextPairId(pairs), members: [id], frameId: null }] : null;
  return pairs.map((p, i) => (i === target ? { ...p, members: [...p.members, id] } : p));
}

function nextPairId(pairs: readonly Pair[]): string {
  const used = new Set(pairs.map((p) => p.id));
  let n = pairs.length + 1;
  while (used.has(`p${n}`)) n++;
  return `p${n}`;
}

const NNBSP = '\u202f';

/** « Alice et Bob », « Alice, Bob et Chloé »; English « Alice and Bob ». */
export function joinNames(names: readonly string[], and = 'et'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** A pair's zone title on the board: « Binôme 1 : Alice et Bob » (« Trio 2 : … » for three). */
export function pairZoneTitle(index: number, names: readonly string[]): string {
  const kind = names.length >= 3 ? 'Trio' : 'Binôme';
  return `${kind} ${index + 1}${NNBSP}: ${joinNames(names)}`;
}

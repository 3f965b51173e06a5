import type { VoteResult, VoteRoomTurnout, VoteTurnout, VoteVoter } from '../schema/VoteRound.js';
import { rankResults } from './rankResults.js';

/** One person's dots on one note of one room's board in a round (note ids are unique within a board only). */
export interface Dot {
  participantId: string;
  noteId: string;
  roomId: string;
  count: number;
}

/** A room's note, as a key. */
export const dotKey = (roomId: string, noteId: string): string => `${roomId}\u0000${noteId}`;

/** Results best first, as stored and sent (without the rank). */
export function rankedResults(results: readonly VoteResult[]): VoteResult[] {
  return rankResults(results).map(({ noteId, roomId, count }) => ({ noteId, roomId, count }));
}

/** Dots per note of each room, best first. */
export function tally(dots: readonly Dot[]): VoteResult[] {
  const byNote = new Map<string, VoteResult>();
  for (const d of dots) {
    const key = dotKey(d.roomId, d.noteId);
    const r = byNote.get(key) ?? { noteId: d.noteId, roomId: d.roomId, count: 0 };
    r.count += d.count;
    byNote.set(key, r);
  }
  return rankedResults([...byNote.values()]);
}

/** People who put at least one dot, per room. */
export function votedByRoom(dots: readonly Dot[]): Record<string, number> {
  const people = new Map<string, Set<string>>();
  for (const d of dots) {
    const set = people.get(d.roomId) ?? new Set<string>();
    set.add(d.participantId);
    people.set(d.roomId, set);
  }
  return Object.fromEntries([...people].map(([roomId, set]) => [roomId, set.size]));
}

/**
 * A round's turnout at its close: in all and per room, who could vote (the participants of the
 * round's rooms, and anyone who voted — a person moved since counts where they voted) and who did.
 */
export function turnoutOf(roomIds: readonly string[], dots: readonly Dot[], participants: readonly { id: string; roomId: string }[]): { turnout: VoteTurnout; byRoom: VoteRoomTurnout[] } {
  const byRoom = roomIds.map((roomId): VoteRoomTurnout => {
    const here = dots.filter((d) => d.roomId === roomId);
    const voters = new Set(here.map((d) => d.participantId));
    const eligible = new Set([...participants.filter((p) => p.roomId === roomId).map((p) => p.id), ...voters]);
    return { roomId, voted: voters.size, eligible: eligible.size, dots: here.reduce((n, d) => n + d.count, 0) };
  });
  const voters = new Set(dots.map((d) => d.participantId));
  const eligible = new Set([...participants.filter((p) => roomIds.includes(p.roomId)).map((p) => p.id), ...voters]);
  return { turnout: { voted: voters.size, eligible: eligible.size }, byRoom };
}

/** A named round's voters: each person's dots by note (and the room they voted in), by name. */
export function namedVoters(dots: readonly Dot[], names: ReadonlyMap<string, string>): VoteVoter[] {
  const byPerson = new Map<string, VoteVoter>();
  for (const d of dots) {
    const voter = byPerson.get(d.participantId) ?? { participantId: d.participantId, name: names.get(d.participantId) ?? '', roomId: d.roomId, dots: {} };
    voter.dots[d.noteId] = d.count;
    byPerson.set(d.participantId, voter);
  }
  return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

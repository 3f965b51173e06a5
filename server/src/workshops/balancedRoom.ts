import type { ParticipantRecord, RoomRecord } from '../storage/Storage.js';

/**
 * The breakout room a new or displaced participant goes to: the one with the fewest
 * participants, the first on the dashboard among equals; the plenary when there is none.
 */
export function balancedRoom(rooms: readonly RoomRecord[], participants: readonly ParticipantRecord[], exclude?: string): RoomRecord {
  const breakouts = rooms.filter((r) => !r.plenary && !r.archived && r.id !== exclude);
  const plenary = rooms.find((r) => r.plenary)!;
  if (breakouts.length === 0) return plenary;
  const counts = new Map(breakouts.map((r) => [r.id, 0]));
  for (const p of participants) {
    if (p.role === 'participant' && !p.revoked && counts.has(p.roomId)) counts.set(p.roomId, counts.get(p.roomId)! + 1);
  }
  return breakouts.reduce((best, r) => (counts.get(r.id)! < counts.get(best.id)! ? r : best));
}

import type { Role } from '../protocol/api.js';

/**
 * Whether a person may open a room's board: facilitators and observers everywhere,
 * participants their own room, and the plenary while the facilitator keeps it open.
 */
export function mayOpenRoom(person: { role: Role; roomId: string }, room: { id: string; plenary: boolean }, plenaryOpen: boolean): boolean {
  if (person.role !== 'participant') return true;
  return person.roomId === room.id || (room.plenary && plenaryOpen);
}

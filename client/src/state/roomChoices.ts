import type { RoomEntry, Role } from '@essaim/shared';

export interface RoomChoices {
  /** boards this person may switch to, in dashboard order */
  rooms: RoomEntry[];
  /** facilitators and observers also have the dashboard */
  dashboard: boolean;
}

/**
 * Where the room switcher can take this person: facilitators and observers anywhere, a
 * participant between their room and the plenary while the animation keeps it open.
 */
export function roomChoices(role: Role, rooms: readonly RoomEntry[], ownRoomId: string, plenaryOpen: boolean): RoomChoices {
  if (role !== 'participant') return { rooms: [...rooms], dashboard: true };
  const own = rooms.find((r) => r.id === ownRoomId);
  const plenary = rooms.find((r) => r.plenary);
  if (!own || !plenary || own.id === plenary.id || !plenaryOpen) return { rooms: [], dashboard: false };
  return { rooms: [plenary, own], dashboard: false };
}

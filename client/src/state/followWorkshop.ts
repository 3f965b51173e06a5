import type { Person, RoomEntry } from '@essaim/shared';
import type { StoredSession } from './session';

/** What the workshop document says about the rooms and the people, as this screen last saw it. */
export interface WorkshopFacts {
  rooms: readonly RoomEntry[];
  people: readonly Person[];
}

export interface Followed {
  /** the same object when nothing changed */
  session: StoredSession;
  /** a participant the animation moved: the room they now work in */
  movedTo: RoomEntry | null;
  /** a facilitator or observer whose room was removed, sent back to the plenary */
  roomRemoved: boolean;
}

const UNCHANGED = (session: StoredSession): Followed => ({ session, movedTo: null, roomRemoved: false });

/**
 * The stored session brought in line with the workshop document: a participant follows the
 * room the animation gave them, anyone whose room disappeared goes to the plenary, and a name
 * or room name changed elsewhere is picked up. An empty document (not synced yet) changes nothing.
 */
export function followWorkshop(session: StoredSession, facts: WorkshopFacts): Followed {
  if (facts.rooms.length === 0) return UNCHANGED(session);
  const me = facts.people.find((p) => p.id === session.participantId);
  let next = session;
  let movedTo: RoomEntry | null = null;
  let roomRemoved = false;

  const assigned = session.role === 'participant' && me ? facts.rooms.find((r) => r.id === me.roomId) : undefined;
  if (assigned && assigned.id !== session.roomId) {
    next = { ...next, roomId: assigned.id, roomName: assigned.name };
    movedTo = assigned;
  } else if (!facts.rooms.some((r) => r.id === session.roomId)) {
    const fallback = facts.rooms.find((r) => r.plenary) ?? facts.rooms[0]!;
    next = { ...next, roomId: fallback.id, roomName: fallback.name };
    roomRemoved = session.role !== 'participant' || !me;
  }

  const room = facts.rooms.find((r) => r.id === next.roomId);
  if (room && room.name !== next.roomName) next = { ...next, roomName: room.name };
  if (me && me.name !== next.name) next = { ...next, name: me.name };
  return { session: next, movedTo, roomRemoved };
}

/**
 * The room whose board this screen shows: a participant may visit the plenary while the
 * animation keeps it open, and otherwise works in their own room; others go where they chose.
 */
export function boardRoomId(session: StoredSession, visiting: string | null, rooms: readonly RoomEntry[], plenaryOpen: boolean): string {
  if (session.role !== 'participant' || visiting === null) return session.roomId;
  const plenary = rooms.find((r) => r.plenary);
  return plenary && plenary.id === visiting && plenaryOpen ? visiting : session.roomId;
}

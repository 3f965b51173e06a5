/** Names of the Yjs documents the sync server serves. */
const ID = '[A-Za-z0-9_-]{1,64}';
const ROOM_DOC = new RegExp(`^w/(${ID})/r/(${ID})$`);
const WORKSHOP_DOC = new RegExp(`^w/(${ID})$`);

export interface RoomDocRef {
  workshopId: string;
  roomId: string;
}

export function roomDocName(workshopId: string, roomId: string): string {
  return `w/${workshopId}/r/${roomId}`;
}

/** Returns the workshop and room of a room-board document name, or null for any other name. */
export function parseRoomDocName(name: string): RoomDocRef | null {
  const match = ROOM_DOC.exec(name);
  if (!match) return null;
  return { workshopId: match[1]!, roomId: match[2]! };
}

/** The workshop document: rooms, people and assignments, settings, the broadcast message. */
export function workshopDocName(workshopId: string): string {
  return `w/${workshopId}`;
}

export type DocRef = ({ kind: 'room' } & RoomDocRef) | { kind: 'workshop'; workshopId: string };

/** Any document the sync server serves, or null. */
export function parseDocName(name: string): DocRef | null {
  const room = parseRoomDocName(name);
  if (room) return { kind: 'room', ...room };
  const match = WORKSHOP_DOC.exec(name);
  return match ? { kind: 'workshop', workshopId: match[1]! } : null;
}

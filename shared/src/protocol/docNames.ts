/** Names of the Yjs documents the sync server serves. */
const ID = '[A-Za-z0-9_-]{1,64}';
const ROOM_DOC = new RegExp(`^w/(${ID})/r/(${ID})$`);
const WORKSHOP_DOC = new RegExp(`^w/(${ID})$`);
const DRAFTS_DOC = new RegExp(`^w/(${ID})/r/(${ID})/p/(${ID})$`);

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

/**
 * A participant's private drafts in a room (`w/<workshopId>/r/<roomId>/p/<participantId>`): the
 * notes they write during a private writing phase, opened by the server to their author alone.
 */
export function draftsDocName(workshopId: string, roomId: string, participantId: string): string {
  return `w/${workshopId}/r/${roomId}/p/${participantId}`;
}

export interface DraftsDocRef extends RoomDocRef {
  participantId: string;
}

export type DocRef = ({ kind: 'room' } & RoomDocRef) | ({ kind: 'drafts' } & DraftsDocRef) | { kind: 'workshop'; workshopId: string };

/** Any document the sync server serves, or null. */
export function parseDocName(name: string): DocRef | null {
  const room = parseRoomDocName(name);
  if (room) return { kind: 'room', ...room };
  const drafts = DRAFTS_DOC.exec(name);
  if (drafts) return { kind: 'drafts', workshopId: drafts[1]!, roomId: drafts[2]!, participantId: drafts[3]! };
  const match = WORKSHOP_DOC.exec(name);
  return match ? { kind: 'workshop', workshopId: match[1]! } : null;
}

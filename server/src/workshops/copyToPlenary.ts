import { layoutRoomZone, NOTE_ID_MAX, putNotes, readNotes, roomDocName, type Note } from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import { SERVER_ORIGIN, type WorkshopService } from './WorkshopService.js';

/** The id of a room note's copy in the plenary: copying twice does not duplicate. */
const copyId = (roomId: string, noteId: string): string => `${roomId}-${noteId}`.slice(0, NOTE_ID_MAX);

/**
 * Brings a room's notes (all, or the listed ones) into the plenary, tagged with the room's name
 * and colour, in that room's zone; notes already brought are left where the facilitator put them.
 */
export async function copyToPlenary(
  service: WorkshopService,
  workshopId: string,
  roomId: string,
  noteIds?: readonly string[],
): Promise<{ copied: number; noteIds: string[] }> {
  const workshop = await service.workshop(workshopId);
  const source = workshop.rooms.find((r) => r.id === roomId && !r.archived);
  if (!source) throw new AppError('not_found', 'No such room in this workshop.');
  if (source.plenary) throw new AppError('invalid_request', 'Notes of the plenary are already in the plenary.');
  const plenary = workshop.rooms.find((r) => r.plenary)!;

  const wanted = noteIds ? new Set(noteIds) : null;
  const notes = await service.rooms.withDoc(roomDocName(workshopId, roomId), (room) =>
    readNotes(room.doc).filter((n) => !wanted || wanted.has(n.id)),
  );
  return service.rooms.withDoc(roomDocName(workshopId, plenary.id), (room) => {
    const existing = readNotes(room.doc);
    const present = new Set(existing.map((n) => n.id));
    const fresh = notes.filter((n) => !present.has(copyId(roomId, n.id)));
    const positions = layoutRoomZone(existing.map((n) => ({ ...n, roomId: n.room?.id })), fresh, roomId);
    const now = Date.now();
    const copies: Note[] = fresh.map((n, i) => ({
      ...n,
      id: copyId(roomId, n.id),
      x: positions[i]!.x,
      y: positions[i]!.y,
      updatedAt: now,
      room: { id: source.id, name: source.name, color: source.color },
    }));
    putNotes(room.doc, copies, SERVER_ORIGIN);
    return { copied: copies.length, noteIds: copies.map((c) => c.id) };
  });
}

import type * as Y from 'yjs';
import { boardMaps, noteInVoteScope, parseNote, readFrames, readNotes, roomDocName, VOTE_HELD_MAX, type VoteScope } from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import type { RoomRecord } from '../storage/Storage.js';
import type { RoomManager } from '../sync/RoomManager.js';
import type { VoteStart } from './VoteService.js';
import { targetRooms } from './workshopRooms.js';

// Dot voting's looks at the rooms' boards: where a note is, what a scope means, which zone a title names.

/** The room of `rooms` whose board holds the note within the round's scope, or null. */
export async function roomHolding(rooms: RoomManager, workshopId: string, among: readonly RoomRecord[], scope: VoteScope, noteId: string): Promise<string | null> {
  for (const room of among) {
    const found = await rooms.withDoc(roomDocName(workshopId, room.id), (r) => {
      const note = parseNote(boardMaps(r.doc).notes.get(noteId));
      return note !== null && note.id === noteId && noteInVoteScope(scope, note, scope.kind === 'frame' ? readFrames(r.doc) : []);
    });
    if (found) return room.id;
  }
  return null;
}

/** What the request votes on, and in which rooms: 400 for a scope nothing holds. */
export async function resolveScope(rooms: RoomManager, workshopId: string, workshopRooms: readonly RoomRecord[], request: VoteStart): Promise<{ scope: VoteScope; roomIds: string[] }> {
  const breakout = workshopRooms.filter((r) => !r.plenary);
  const named = request.roomIds ? targetRooms(workshopRooms, request.roomIds) : null;
  const candidates = named ?? workshopRooms.map((r) => r.id);
  const boards = (fn: (doc: Y.Doc) => boolean) =>
    Promise.all(candidates.map((roomId) => rooms.withDoc(roomDocName(workshopId, roomId), (r) => (fn(r.doc) ? roomId : null)))).then((ids) =>
      ids.filter((id): id is string => id !== null),
    );
  if (request.frameId !== undefined) {
    const frameId = request.frameId;
    const holding = await boards((doc) => readFrames(doc).some((f) => f.id === frameId));
    if (holding.length === 0) throw new AppError('invalid_request', 'No board of these rooms has this zone.');
    const { title } = await zoneTitled(rooms, workshopId, holding, frameId);
    const roomIds = named ?? holding;
    const scope: VoteScope = { kind: 'frame', frameId, title };
    scope.held = await heldNow(rooms, workshopId, roomIds, scope);
    return { scope, roomIds };
  }
  if (request.groupId !== undefined) {
    const groupId = request.groupId;
    const holding = await boards((doc) => boardMaps(doc).groups.has(groupId));
    if (holding.length === 0) throw new AppError('invalid_request', 'No board of these rooms has this cluster.');
    const roomIds = named ?? holding;
    const scope: VoteScope = { kind: 'group', groupId };
    scope.held = await heldNow(rooms, workshopId, roomIds, scope);
    return { scope, roomIds };
  }
  if (request.noteIds !== undefined) {
    const ids = [...new Set(request.noteIds)];
    const found = new Set<string>();
    const holding = await boards((doc) => {
      const notes = boardMaps(doc).notes;
      const here = ids.filter((id) => notes.has(id));
      here.forEach((id) => found.add(id));
      return here.length > 0;
    });
    const missing = ids.find((id) => !found.has(id));
    if (missing !== undefined) throw new AppError('invalid_request', `No board of these rooms has the note "${missing.slice(0, 64)}".`);
    return { scope: { kind: 'notes', noteIds: ids }, roomIds: named ?? holding };
  }
  return { scope: { kind: 'board' }, roomIds: named ?? (breakout.length > 0 ? breakout : workshopRooms).map((r) => r.id) };
}

/** The notes a zone or cluster scope holds now on the rooms' boards (kept in the vote if moved out later), at most `VOTE_HELD_MAX`. */
export async function heldNow(rooms: RoomManager, workshopId: string, roomIds: readonly string[], scope: VoteScope): Promise<string[]> {
  const held = new Set<string>();
  for (const roomId of roomIds) {
    const ids = await rooms.withDoc(roomDocName(workshopId, roomId), (r) => {
      const frames = scope.kind === 'frame' ? readFrames(r.doc) : [];
      return readNotes(r.doc)
        .filter((n) => noteInVoteScope(scope, n, frames))
        .map((n) => n.id);
    });
    for (const id of ids) if (held.size < VOTE_HELD_MAX) held.add(id);
  }
  return [...held];
}

/** The zone `frameId` (on one of the rooms' boards) with its title, so other rooms fill their zone of that title; 400 when none has it. */
export async function zoneTitled(rooms: RoomManager, workshopId: string, roomIds: readonly string[], frameId: string): Promise<{ frameId: string; title: string }> {
  for (const roomId of roomIds) {
    const title = await rooms.withDoc(roomDocName(workshopId, roomId), (r) => readFrames(r.doc).find((f) => f.id === frameId)?.title);
    if (title !== undefined) return { frameId, title };
  }
  throw new AppError('invalid_request', 'No board of this vote has this zone.');
}

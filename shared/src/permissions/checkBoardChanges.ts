import { BOARD_MAP_NAMES } from '../schema/boardMaps.js';
import { parseNote, type Note } from '../schema/Note.js';
import type { Role } from '../protocol/api.js';
import type { BoardPolicy } from './BoardPolicy.js';
import type { EntryChange } from './ShadowDoc.js';

export interface Actor {
  participantId: string;
  role: Role;
}

/** A note exactly as the schema wants it: parsing changes nothing and the key is its id. */
function strictNote(key: string, value: unknown): Note | null {
  const note = parseNote(value);
  if (!note || note.id !== key) return null;
  const raw = value as Record<string, unknown>;
  const fields = note as unknown as Record<string, unknown>;
  const same = (a: unknown, b: unknown): boolean => a === b || (typeof a === 'object' && JSON.stringify(a) === JSON.stringify(b));
  const unchanged = Object.keys(raw).every((k) => k in fields && same(fields[k], raw[k]));
  return unchanged ? note : null;
}

function checkNoteChange(change: EntryChange, actor: Actor, policy: BoardPolicy): string | null {
  const before = change.before === undefined ? null : parseNote(change.before);
  const after = change.after === undefined ? undefined : strictNote(change.key, change.after);
  // The contract shape and a fixed author hold for everyone, facilitators included.
  if (after === null) return 'malformed note';
  if (after && before && after.authorId !== before.authorId) return 'the author of a note cannot change';
  if (actor.role === 'facilitator') return null;
  if (!after) {
    if (!before) return null;
    return before.authorId === actor.participantId || policy.editAll ? null : 'may only delete own notes';
  }
  if (!before) {
    if (after.authorId !== actor.participantId) return 'a new note must carry its author’s id';
    return after.room ? 'only facilitators bring notes from a room' : null;
  }
  // Where a note comes from and when it was written are facts participants cannot rewrite.
  if (JSON.stringify(after.room) !== JSON.stringify(before.room)) return 'the room of a note cannot change';
  if (after.createdAt !== before.createdAt) return 'the creation time of a note cannot change';
  const own = before.authorId === actor.participantId;
  const contentChanged = after.text !== before.text || after.color !== before.color;
  const geometryChanged = after.x !== before.x || after.y !== before.y || after.width !== before.width || after.height !== before.height;
  if (contentChanged && !own && !policy.editAll) return 'may only edit own notes';
  if (geometryChanged && !own && !policy.moveAll) return 'may only move own notes';
  return null;
}

/**
 * Whether `actor` may make these changes to a room board under `policy`; returns the reason
 * for the first refused change, or null when all are allowed. The server is the one caller
 * that matters; the client uses it to grey out what would be refused.
 */
export function checkBoardChanges(changes: readonly EntryChange[], actor: Actor, policy: BoardPolicy): string | null {
  if (changes.length === 0) return null;
  if (actor.role === 'observer') return 'observers cannot change the board';
  const facilitator = actor.role === 'facilitator';
  if (policy.locked && !facilitator) return 'the board is locked';
  for (const change of changes) {
    if (change.map !== BOARD_MAP_NAMES.notes) {
      if (facilitator) continue;
      return `participants cannot change ${change.map}`;
    }
    const reason = checkNoteChange(change, actor, policy);
    if (reason) return `${reason} (${change.key})`;
  }
  return null;
}

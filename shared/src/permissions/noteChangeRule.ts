import { noteType } from '../schema/Note.js';
import type { EntryChange } from './ShadowDoc.js';
import type { RightsContext } from './RightsContext.js';

/** What holds for everyone's writes to `notes`, facilitators included: the contract shape and a fixed author. */
export function noteShapeRule(change: EntryChange): string | null {
  const before = change.before === undefined ? null : noteType.parse(change.before);
  const after = change.after === undefined ? undefined : noteType.validate(change.key, change.after);
  if (after === null) return 'malformed note';
  if (after && before && after.authorId !== before.authorId) return 'the author of a note cannot change';
  return null;
}

/** Participants: their own notes, the room's editAll / moveAll, and nothing inside a locked zone. */
export function noteParticipantRule(change: EntryChange, ctx: RightsContext): string | null {
  const { actor, policy } = ctx;
  const before = change.before === undefined ? null : noteType.parse(change.before);
  const after = change.after === undefined ? undefined : noteType.parse(change.after)!;
  if (before && ctx.inLockedZone(before)) return 'the note is in a locked zone';
  if (after && ctx.inLockedZone(after)) return 'a note cannot go into a locked zone';
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
  // a category is set or cleared as the note is edited
  const contentChanged = after.text !== before.text || after.color !== before.color || (after.categoryId ?? null) !== (before.categoryId ?? null);
  // putting a note in a cluster or taking it out is moving it, and so is bringing it to the front (`z`)
  const geometryChanged =
    after.x !== before.x ||
    after.y !== before.y ||
    after.width !== before.width ||
    after.height !== before.height ||
    (after.groupId ?? null) !== (before.groupId ?? null) ||
    (after.z ?? 0) !== (before.z ?? 0);
  if (contentChanged && !own && !policy.editAll) return 'may only edit own notes';
  if (geometryChanged && !own && !policy.moveAll) return 'may only move own notes';
  return null;
}

import { BOARD_MAP_NAMES, type EntryChange, type Link, type Note, type NotePatch } from '@essaim/shared';
import type { BoardServices } from './BoardServices';

/** What patching these notes would write, for the rights table (`board.permits`) to judge before writing. */
export function noteChanges(board: Pick<BoardServices, 'notes'>, patches: ReadonlyMap<string, NotePatch>): EntryChange[] {
  const changes: EntryChange[] = [];
  for (const [id, patch] of patches) {
    const before = board.notes.get(id);
    if (!before) continue;
    const after: Note = { ...before, ...roundedPatch(patch) };
    changes.push({ map: BOARD_MAP_NAMES.notes, key: id, before, after });
  }
  return changes;
}

function roundedPatch(patch: NotePatch): Partial<Note> {
  const out: Partial<Note> = {};
  if (patch.x !== undefined) out.x = Math.round(patch.x);
  if (patch.y !== undefined) out.y = Math.round(patch.y);
  if (patch.z !== undefined) out.z = Math.max(0, Math.round(patch.z));
  return out;
}

/** New notes and links, as changes. */
export function creationChanges(notes: readonly Note[], links: readonly Link[]): EntryChange[] {
  return [
    ...notes.map((n): EntryChange => ({ map: BOARD_MAP_NAMES.notes, key: n.id, before: undefined, after: n })),
    ...links.map((l): EntryChange => ({ map: BOARD_MAP_NAMES.links, key: l.id, before: undefined, after: l })),
  ];
}

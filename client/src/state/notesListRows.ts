import type { Group, Note } from '@essaim/shared';

/** A row of the notes list: a note, or a folded cluster with its notes (hidden on the canvas, inside its card). */
export type NotesListRow = { kind: 'note'; note: Note } | { kind: 'folded'; group: Group; notes: Note[] };

/**
 * The notes list's rows, in the order of `notes`: the notes of a folded cluster are gathered under
 * it, where its first note comes, so the list shows what the canvas shows.
 */
export function notesListRows(notes: readonly Note[], groups: readonly Group[]): NotesListRow[] {
  const folded = new Map(groups.filter((g) => g.collapsed).map((g) => [g.id, g]));
  const rows: NotesListRow[] = [];
  const gathered = new Map<string, Note[]>();
  for (const note of notes) {
    const group = note.groupId ? folded.get(note.groupId) : undefined;
    if (!group) {
      rows.push({ kind: 'note', note });
      continue;
    }
    const members = gathered.get(group.id);
    if (members) members.push(note);
    else {
      const first = [note];
      gathered.set(group.id, first);
      rows.push({ kind: 'folded', group, notes: first });
    }
  }
  return rows;
}

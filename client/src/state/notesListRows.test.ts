import type { Group } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { notesListRows } from './notesListRows';
import { testNote } from './testBoard';

const folded: Group = { id: 'g', title: 'Transports', collapsed: true };
const open: Group = { id: 'h', title: 'Logement' };

describe('the notes list’s rows', () => {
  it('lists the notes of a folded cluster under it, where its first note comes, and the others as they are', () => {
    const notes = [
      testNote({ id: 'a' }),
      testNote({ id: 'b', groupId: 'g' }),
      testNote({ id: 'c', groupId: 'h' }),
      testNote({ id: 'd', groupId: 'g' }),
      testNote({ id: 'e' }),
    ];
    const rows = notesListRows(notes, [folded, open]);
    expect(rows.map((r) => (r.kind === 'note' ? r.note.id : `${r.group.title}: ${r.notes.map((n) => n.id).join(',')}`))).toEqual(['a', 'Transports: b,d', 'c', 'e']);
  });

  it('lists every note alone when no cluster is folded', () => {
    const notes = [testNote({ id: 'a', groupId: 'h' }), testNote({ id: 'b' })];
    expect(notesListRows(notes, [open]).map((r) => r.kind)).toEqual(['note', 'note']);
  });
});

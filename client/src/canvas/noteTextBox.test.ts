import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createNote } from '@essaim/shared';
import { assembleBoardServices } from '../state/BoardServices';
import { NoteEditSession } from '../state/NoteEditSession';
import { offlineLink } from '../state/testBoard';
import { noteHeightFor } from './noteTextBox';

describe('a note written long grows with its text', () => {
  it('stores the taller height in the same change as the text, and never shrinks it', () => {
    const doc = new Y.Doc();
    createNote(doc, { id: 'n', x: 80, y: 80, text: '' }, { authorId: 'p-lina', now: 1 });
    const session = { workshopId: 'w', title: '', participantId: 'p-lina', name: 'Lina', role: 'participant' as const, roomId: 'r', token: '' };
    const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
    let updates = 0;
    doc.on('update', () => updates++);
    const editing = new NoteEditSession(board, 'n', () => undefined, undefined, noteHeightFor);
    editing.input('Une navette solidaire entre les villages. '.repeat(12));
    editing.close();
    const grown = board.notes.get('n')!;
    expect(grown.height).toBeGreaterThan(160);
    expect(updates).toBe(1);

    const again = new NoteEditSession(board, 'n', () => undefined, undefined, noteHeightFor);
    again.input('Court');
    again.close();
    expect(board.notes.get('n')!.height).toBe(grown.height);
  });
});

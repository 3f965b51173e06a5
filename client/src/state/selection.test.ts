import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, clearSelection, continueEditing, editorKey, pruneSelection, selectMany, selectOnly, startEditing, toggleSelected } from './selection';

const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('selection', () => {
  it('shift-click adds then removes a note', () => {
    const one = selectOnly(EMPTY_SELECTION, 'a');
    const two = toggleSelected(one, 'b');
    expect(ids(two)).toEqual(['a', 'b']);
    expect(ids(toggleSelected(two, 'a'))).toEqual(['b']);
  });

  it('keeps the same object when nothing changes, so subscribers do not re-render', () => {
    const one = selectOnly(EMPTY_SELECTION, 'a');
    expect(selectOnly(one, 'a')).toBe(one);
    expect(selectMany(one, ['a'])).toBe(one);
    expect(clearSelection(EMPTY_SELECTION)).toBe(EMPTY_SELECTION);
  });

  it('editing a note selects it alone; selecting another stops editing', () => {
    const editing = startEditing(selectMany(EMPTY_SELECTION, ['a', 'b']), 'b');
    expect(editing.editingId).toBe('b');
    expect(ids(editing)).toEqual(['b']);
    expect(selectOnly(editing, 'b').editingId).toBeNull();
  });

  it('forgets notes deleted by someone else, including the one being edited', () => {
    const editing = startEditing(EMPTY_SELECTION, 'gone');
    const pruned = pruneSelection(editing, new Set(['other']));
    expect(pruned.editingId).toBeNull();
    expect(pruned.ids.size).toBe(0);
    const kept = selectMany(EMPTY_SELECTION, ['x', 'y']);
    expect(pruneSelection(kept, new Set(['x', 'y', 'z']))).toBe(kept);
  });

  it('keeps the same editor open when its text moves into a new note, until another note is opened', () => {
    const editing = startEditing(EMPTY_SELECTION, 'deleted');
    const moved = continueEditing(pruneSelection(editing, new Set(['rescued'])), 'deleted', 'rescued');
    expect(moved.editingId).toBe('rescued');
    expect(ids(moved)).toEqual(['rescued']);
    expect(editorKey(moved)).toBe(editorKey(editing));
    expect(editorKey(pruneSelection(moved, new Set(['rescued', 'other'])))).toBe('deleted');
    expect(editorKey(startEditing(moved, 'other'))).toBe('other');
  });
});

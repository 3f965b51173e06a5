/** Which notes this user has selected, and the one being edited; local to this tab. */
export interface SelectionState {
  ids: ReadonlySet<string>;
  editingId: string | null;
  /** the note the editor was opened on, while it goes on in the new note its text moved to (`continueEditing`) */
  editorKey?: string;
}

export const EMPTY_SELECTION: SelectionState = { ids: new Set(), editingId: null };

export function selectOnly(state: SelectionState, id: string): SelectionState {
  if (state.ids.size === 1 && state.ids.has(id) && state.editingId === null) return state;
  return { ids: new Set([id]), editingId: null };
}

export function toggleSelected(state: SelectionState, id: string): SelectionState {
  const ids = new Set(state.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, editingId: null };
}

export function selectMany(state: SelectionState, ids: Iterable<string>): SelectionState {
  const next = new Set(ids);
  if (sameIds(next, state.ids) && state.editingId === null) return state;
  return { ids: next, editingId: null };
}

export function clearSelection(state: SelectionState): SelectionState {
  return state.ids.size === 0 && state.editingId === null ? state : EMPTY_SELECTION;
}

/** Opens the editor on one note, which becomes the whole selection. */
export function startEditing(_state: SelectionState, id: string): SelectionState {
  return { ids: new Set([id]), editingId: id };
}

/**
 * The note being edited was deleted and its text went into a new one: the same editor goes on
 * there, kept open and focused, so what is typed next goes on into the note.
 */
export function continueEditing(state: SelectionState, from: string, to: string): SelectionState {
  return { ids: new Set([to]), editingId: to, editorKey: state.editorKey ?? from };
}

/** What identifies one opening of the editor: it stays while the editor follows its text into a new note. */
export function editorKey(state: SelectionState): string | null {
  return state.editingId === null ? null : (state.editorKey ?? state.editingId);
}

export function stopEditing(state: SelectionState): SelectionState {
  return state.editingId === null ? state : { ids: state.ids, editingId: null };
}

/** Drops notes that no longer exist (deleted here or by someone else). */
export function pruneSelection(state: SelectionState, existing: ReadonlySet<string>): SelectionState {
  const ids = [...state.ids].filter((id) => existing.has(id));
  const editingId = state.editingId !== null && existing.has(state.editingId) ? state.editingId : null;
  if (ids.length === state.ids.size && editingId === state.editingId) return state;
  return editingId !== null && state.editorKey ? { ids: new Set(ids), editingId, editorKey: state.editorKey } : { ids: new Set(ids), editingId };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

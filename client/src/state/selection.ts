/** The kinds of entries one can select besides notes (a cluster is selected through its notes). */
export type OtherKind = 'frames' | 'links' | 'labels';
export const OTHER_KINDS: readonly OtherKind[] = ['frames', 'links', 'labels'];

const NONE: ReadonlySet<string> = new Set();
const NO_OTHERS: Readonly<Record<OtherKind, ReadonlySet<string>>> = { frames: NONE, links: NONE, labels: NONE };

/** What this user has selected — notes, zones, links, labels — and the note being edited; local to this tab. */
export interface SelectionState {
  /** selected notes */
  ids: ReadonlySet<string>;
  /** selected entries of the other kinds */
  others: Readonly<Record<OtherKind, ReadonlySet<string>>>;
  editingId: string | null;
  /** the note the editor was opened on, while it goes on in the new note its text moved to (`continueEditing`) */
  editorKey?: string;
}

export const EMPTY_SELECTION: SelectionState = { ids: NONE, others: NO_OTHERS, editingId: null };

const hasOthers = (state: SelectionState) => OTHER_KINDS.some((k) => state.others[k].size > 0);

/** How many entries of every kind are selected. */
export function selectionSize(state: SelectionState): number {
  return state.ids.size + OTHER_KINDS.reduce((n, k) => n + state.others[k].size, 0);
}

export function selectOnly(state: SelectionState, id: string): SelectionState {
  if (state.ids.size === 1 && state.ids.has(id) && state.editingId === null && !hasOthers(state)) return state;
  return { ids: new Set([id]), others: NO_OTHERS, editingId: null };
}

export function toggleSelected(state: SelectionState, id: string): SelectionState {
  const ids = new Set(state.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, others: state.others, editingId: null };
}

/** Selects exactly these notes (and, when given, these entries of other kinds). */
export function selectMany(state: SelectionState, ids: Iterable<string>, others?: Partial<Record<OtherKind, Iterable<string>>>): SelectionState {
  const next = new Set(ids);
  const nextOthers = others ? othersOf(others) : NO_OTHERS;
  if (sameIds(next, state.ids) && state.editingId === null && OTHER_KINDS.every((k) => sameIds(nextOthers[k], state.others[k]))) return state;
  return { ids: next, others: nextOthers, editingId: null };
}

/** One zone, link or label alone (a click on it); with `add`, toggled in the current selection (shift-click). */
export function selectEntry(state: SelectionState, kind: OtherKind, id: string, add = false): SelectionState {
  if (!add) {
    if (state.ids.size === 0 && state.others[kind].size === 1 && state.others[kind].has(id) && OTHER_KINDS.every((k) => k === kind || state.others[k].size === 0)) return state;
    return { ids: NONE, others: { ...NO_OTHERS, [kind]: new Set([id]) }, editingId: null };
  }
  const set = new Set(state.others[kind]);
  if (set.has(id)) set.delete(id);
  else set.add(id);
  return { ids: state.ids, others: { ...state.others, [kind]: set }, editingId: null };
}

export function clearSelection(state: SelectionState): SelectionState {
  return state.ids.size === 0 && state.editingId === null && !hasOthers(state) ? state : EMPTY_SELECTION;
}

/** Opens the editor on one note, which becomes the whole selection. */
export function startEditing(_state: SelectionState, id: string): SelectionState {
  return { ids: new Set([id]), others: NO_OTHERS, editingId: id };
}

/**
 * The note being edited was deleted and its text went into a new one: the same editor goes on
 * there, kept open and focused, so what is typed next goes on into the note.
 */
export function continueEditing(state: SelectionState, from: string, to: string): SelectionState {
  return { ids: new Set([to]), others: NO_OTHERS, editingId: to, editorKey: state.editorKey ?? from };
}

/** What identifies one opening of the editor: it stays while the editor follows its text into a new note. */
export function editorKey(state: SelectionState): string | null {
  return state.editingId === null ? null : (state.editorKey ?? state.editingId);
}

export function stopEditing(state: SelectionState): SelectionState {
  return state.editingId === null ? state : { ids: state.ids, others: state.others, editingId: null };
}

/** Drops notes that no longer exist (deleted here or by someone else). */
export function pruneSelection(state: SelectionState, existing: ReadonlySet<string>): SelectionState {
  const ids = [...state.ids].filter((id) => existing.has(id));
  const editingId = state.editingId !== null && existing.has(state.editingId) ? state.editingId : null;
  if (ids.length === state.ids.size && editingId === state.editingId) return state;
  const next: SelectionState = { ids: new Set(ids), others: state.others, editingId };
  return editingId !== null && state.editorKey ? { ...next, editorKey: state.editorKey } : next;
}

/** Drops zones, links or labels that no longer exist. */
export function pruneEntries(state: SelectionState, kind: OtherKind, existing: ReadonlySet<string>): SelectionState {
  const kept = [...state.others[kind]].filter((id) => existing.has(id));
  if (kept.length === state.others[kind].size) return state;
  return { ...state, others: { ...state.others, [kind]: new Set(kept) } };
}

function othersOf(others: Partial<Record<OtherKind, Iterable<string>>>): Record<OtherKind, ReadonlySet<string>> {
  return { frames: new Set(others.frames ?? []), links: new Set(others.links ?? []), labels: new Set(others.labels ?? []) };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

import { NOTE_COLORS, type Category, type NoteColor } from '@essaim/shared';
import { nanoid } from 'nanoid';
import { permittedSelection } from './boardCommands';
import type { BoardServices } from './BoardServices';

/** What the category menus of the selection show: the one category all of them carry, '' for none, or mixed. */
export type SelectionCategory = string | null | 'mixed';

/** The category the selected notes share: its id, null when none has one, 'mixed' when they differ. */
export function selectionCategory(board: Pick<BoardServices, 'notes'>, ids: Iterable<string>, categories: readonly Category[]): SelectionCategory {
  const known = new Set(categories.map((c) => c.id));
  let shared: string | null | undefined;
  for (const id of ids) {
    const note = board.notes.get(id);
    if (!note) continue;
    // a category since removed from the list shows as none
    const category = note.categoryId && known.has(note.categoryId) ? note.categoryId : null;
    if (shared === undefined) shared = category;
    else if (shared !== category) return 'mixed';
  }
  return shared ?? null;
}

/** Tags the selected notes this user may edit; returns how many of the selection it could not tag. */
export function applyCategory(board: BoardServices, categoryId: string | null): number {
  const ids = permittedSelection(board, 'edit');
  if (ids.length > 0) board.actions.setCategory(ids, categoryId);
  return board.selection.get().ids.size - ids.length;
}

/** The first palette colour no category uses yet (the palette again past seven). */
export function nextCategoryColor(list: readonly Category[]): NoteColor {
  const used = new Set(list.map((c) => c.color));
  return NOTE_COLORS.find((c) => !used.has(c)) ?? NOTE_COLORS[list.length % NOTE_COLORS.length]!;
}

export function withCategory(list: readonly Category[], name: string, color = nextCategoryColor(list)): Category[] {
  return [...list, { id: nanoid(), name: name.trim(), color }];
}

export function withChange(list: readonly Category[], id: string, patch: Partial<Omit<Category, 'id'>>): Category[] {
  return list.map((c) => (c.id === id ? { ...c, ...patch } : c));
}

export function withoutCategory(list: readonly Category[], id: string): Category[] {
  return list.filter((c) => c.id !== id);
}

/** The list with `id` moved by `by` places (-1: up), unchanged at either end. */
export function withMoved(list: readonly Category[], id: string, by: number): Category[] {
  const from = list.findIndex((c) => c.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

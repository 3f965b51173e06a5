import { createContext, useContext } from 'react';
import type { NoteRightsLookup } from '../../state/useRights';

/** Where a note is listed: under its zone, or in a problem tree (a note of a tree shows in both). */
export type OutlinePlace = 'zone' | 'tree';

/** What every item of the outline shares: the note being written inline, rights, the selection. */
export interface OutlineShared {
  editing: { id: string; place: OutlinePlace } | null;
  edit(id: string, place: OutlinePlace): void;
  /** closes the inline field; `refocus`: back to the note's button */
  stopEditing(refocus: boolean): void;
  rights: NoteRightsLookup;
  selected: ReadonlySet<string>;
  canCreate: boolean;
  /** deletes a note (asking first when the rules say so) and keeps the focus in the outline */
  remove(id: string, from: HTMLElement | null): void;
}

export const OutlineContext = createContext<OutlineShared | null>(null);

export function useOutline(): OutlineShared {
  const shared = useContext(OutlineContext);
  if (!shared) throw new Error('useOutline outside OutlineView');
  return shared;
}

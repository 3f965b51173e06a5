import { BOARD_MAP_NAMES, DEFAULT_LINK_KIND, type EntryChange, type Link, type LinkKind } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { sayRefused } from './sayRefused';
import { clearSelection, selectEntry } from './selection';

/** What the toolbar, the keyboard and the link panel ask of connectors. */

const linkChange = (key: string, before: Link | undefined, after: Link | undefined): EntryChange => ({ map: BOARD_MAP_NAMES.links, key, before, after });

/** The two selected notes, in the order they were selected, or null. */
export function linkableEnds(board: Pick<BoardServices, 'selection'>): [string, string] | null {
  const { ids } = board.selection.get();
  if (ids.size !== 2) return null;
  const [from, to] = ids;
  return [from!, to!];
}

/** A link between these two notes already, either way. */
export function linkBetween(links: readonly Link[], a: string, b: string): Link | undefined {
  return links.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
}

/** Why linking the two selected notes would be refused, or null when it may be done. */
export function linkRefusal(board: BoardServices, from: string, to: string): string | null {
  const probe: Link = { id: 'new-link', from, to, kind: DEFAULT_LINK_KIND };
  return board.permits([linkChange(probe.id, undefined, probe)]);
}

/**
 * « Relier »: an arrow from the first selected note to the second, plain until a kind is
 * chosen; the new link becomes the selection, so its panel offers the kind and label. Two
 * notes already linked: that link is selected instead. Returns the link's id, or null.
 */
export function linkSelection(board: BoardServices): string | null {
  const ends = linkableEnds(board);
  if (!ends) return null;
  const existing = linkBetween(board.links.getSnapshot(), ...ends);
  if (existing) {
    board.selection.set((s) => selectEntry(s, 'links', existing.id));
    return existing.id;
  }
  const reason = linkRefusal(board, ...ends);
  if (reason) {
    sayRefused(board, reason);
    return null;
  }
  const id = board.actions.createLink(...ends);
  if (id) board.selection.set((s) => selectEntry(s, 'links', id));
  return id;
}

/** Changes a link if the rules accept it (else says why). */
function changeLink(board: BoardServices, id: string, next: (link: Link) => Link, write: () => void): void {
  const link = board.links.get(id);
  if (!link) return;
  const reason = board.permits([linkChange(id, link, next(link))]);
  if (reason) return sayRefused(board, reason);
  write();
}

export function setLinkKind(board: BoardServices, id: string, kind: LinkKind): void {
  changeLink(board, id, (l) => ({ ...l, kind }), () => board.actions.updateLink(id, { kind }));
}

export function setLinkLabel(board: BoardServices, id: string, label: string): void {
  const link = board.links.get(id);
  if (!link || (link.label ?? '') === label.trim()) return;
  const labelled = (l: Link): Link => {
    const { label: _old, ...rest } = l;
    return label.trim() ? { ...rest, label: label.trim() } : rest;
  };
  changeLink(board, id, labelled, () => board.actions.updateLink(id, { label }));
}

export function reverseLink(board: BoardServices, id: string): void {
  changeLink(board, id, (l) => ({ ...l, from: l.to, to: l.from }), () => board.actions.reverseLink(id));
}

/** Deletes the selected links (Suppr, the panel's button); how many went. */
export function deleteSelectedLinks(board: BoardServices): number {
  const ids = [...board.selection.get().others.links].filter((id) => board.links.get(id));
  if (ids.length === 0) return 0;
  const reason = board.permits(ids.map((id) => linkChange(id, board.links.get(id), undefined)));
  if (reason) {
    sayRefused(board, reason);
    return 0;
  }
  const removed = board.actions.deleteLinks(ids);
  board.selection.set(clearSelection);
  return removed;
}

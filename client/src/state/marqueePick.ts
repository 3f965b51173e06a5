import { labelBounds, rectsIntersect, type Frame, type Label, type Link, type Rect } from '@essaim/shared';
import type { OtherKind } from './selection';

/** What a selection rectangle picks: note ids, and the entries of the other kinds. */
export interface MarqueePick {
  ids: string[];
  others: Record<OtherKind, string[]>;
}

/** The board as a selection rectangle sees it. */
export interface MarqueeBoard {
  notes: readonly (Rect & { id: string })[];
  frames: readonly Frame[];
  labels: readonly Label[];
  links: readonly Link[];
}

/** What this user may pick beyond notes: zones and headings (facilitators), and which links. */
export interface MarqueeRights {
  zones: boolean;
  /** whether this user may change (delete) the link */
  link(link: Link): boolean;
}

/** Whether `inner` lies wholly inside `outer`. */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * What a selection rectangle picks: the notes it touches (as before), the zones and headings
 * wholly inside it when this user may change those, and the links it may change whose two notes
 * are both picked — so « Supprimer », a move, an alignment act on them as on a click-selection.
 */
export function marqueePick(rect: Rect, board: MarqueeBoard, may: MarqueeRights): MarqueePick {
  const ids = board.notes.filter((n) => rectsIntersect(rect, n)).map((n) => n.id);
  const picked = new Set(ids);
  const frames = may.zones ? board.frames.filter((f) => rectContains(rect, f)).map((f) => f.id) : [];
  const labels = may.zones ? board.labels.filter((l) => rectContains(rect, labelBounds(l))).map((l) => l.id) : [];
  const links = board.links.filter((l) => picked.has(l.from) && picked.has(l.to) && may.link(l)).map((l) => l.id);
  return { ids, others: { frames, labels, links } };
}

/** A pick added to what was selected when a Shift+drag began, each id once. */
export function addPick(base: MarqueePick, pick: MarqueePick): MarqueePick {
  const merge = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  return {
    ids: merge(base.ids, pick.ids),
    others: { frames: merge(base.others.frames, pick.others.frames), labels: merge(base.others.labels, pick.others.labels), links: merge(base.others.links, pick.others.links) },
  };
}

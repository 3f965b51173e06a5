import type { Rect } from '@essaim/shared';
import { CLUSTER_LEAVE_MARGIN, clusterDropArea, clusterOutline, contains, grow } from './clusterGeometry';

export interface PlacedNote extends Rect {
  id: string;
  groupId?: string | null | undefined;
}

export interface DropInput {
  /** the notes dropped, at their new positions */
  dropped: readonly PlacedNote[];
  /** every note of the board where it is stored, the dropped ones where they were picked up */
  stored: readonly PlacedNote[];
  /** the clusters that exist, and whether each is folded */
  clusters: ReadonlyMap<string, { collapsed: boolean }>;
}

/**
 * Which dropped notes change cluster, and to which (null: none). Each cluster's area is the one
 * drawn while the notes were dragged: its outline around its notes where they were (an outline
 * moves only with all its notes). A note dropped with its centre in a cluster's area joins it; a
 * member dropped past its own cluster's outline (plus a margin) leaves it; a cluster whose notes
 * all moved together keeps them.
 */
export function clustersAfterDrop({ dropped, stored, clusters }: DropInput): Map<string, string | null> {
  const droppedIds = new Set(dropped.map((n) => n.id));
  const members = new Map<string, { rects: Rect[]; allDropped: boolean }>();
  for (const note of stored) {
    if (!note.groupId || !clusters.has(note.groupId)) continue;
    const entry = members.get(note.groupId) ?? { rects: [], allDropped: true };
    entry.rects.push(note);
    if (!droppedIds.has(note.id)) entry.allDropped = false;
    members.set(note.groupId, entry);
  }
  const areas = new Map<string, Rect>();
  for (const [id, { rects, allDropped }] of members) {
    if (!allDropped) areas.set(id, clusterDropArea(clusterOutline(rects)!, clusters.get(id)!.collapsed));
  }
  const changes = new Map<string, string | null>();
  for (const note of dropped) {
    const centre = { x: note.x + note.width / 2, y: note.y + note.height / 2 };
    const own = note.groupId && clusters.has(note.groupId) ? note.groupId : null;
    // moved with the whole of its cluster: it stays
    if (own && !areas.has(own)) continue;
    const ownArea = own ? areas.get(own) : undefined;
    if (ownArea && contains(grow(ownArea, CLUSTER_LEAVE_MARGIN), centre)) continue;
    // the last cluster drawn is the one on top
    let target: string | null = null;
    for (const [id, area] of areas) if (contains(area, centre)) target = id;
    if (target) changes.set(note.id, target);
    else if (own) changes.set(note.id, null);
  }
  return changes;
}

/** The clusters left with no note once `changes` are made: they go in the same change. */
export function emptiedClusters(notes: readonly PlacedNote[], changes: ReadonlyMap<string, string | null>): string[] {
  const before = new Set<string>();
  const after = new Set<string>();
  for (const note of notes) {
    if (note.groupId) before.add(note.groupId);
    const next = changes.has(note.id) ? changes.get(note.id) : note.groupId;
    if (next) after.add(next);
  }
  return [...before].filter((id) => !after.has(id));
}

import type { Focus, Frame, Group, Note, Rect } from '@essaim/shared';
import { clusterCard, clusterDropArea, clusterOutline } from './clusterGeometry';

export interface FocusBoard {
  notes: readonly Note[];
  frames: readonly Frame[];
  groups: readonly Group[];
}

const box = (r: Rect): Rect => ({ x: r.x, y: r.y, width: r.width, height: r.height });

/**
 * The part of the board the spotlight leaves clear: the note (or the card of the folded cluster
 * hiding it), the cluster with its title tab, or the zone. Null when the entry is gone: a focus on
 * nothing dims nothing and moves no view.
 */
export function focusRect(focus: Pick<Focus, 'kind' | 'id'>, board: FocusBoard): Rect | null {
  if (focus.kind === 'frame') {
    const frame = board.frames.find((f) => f.id === focus.id);
    return frame ? box(frame) : null;
  }
  const groupId = focus.kind === 'group' ? focus.id : board.notes.find((n) => n.id === focus.id)?.groupId;
  const group = groupId ? board.groups.find((g) => g.id === groupId) : undefined;
  const outline = group ? clusterOutline(board.notes.filter((n) => n.groupId === group.id)) : null;
  if (focus.kind === 'group') return group && outline ? clusterDropArea(outline, group.collapsed === true) : null;
  const note = board.notes.find((n) => n.id === focus.id);
  if (!note) return null;
  // a note folded into its cluster is shown by the cluster's card
  return group?.collapsed && outline ? clusterCard(outline) : box(note);
}

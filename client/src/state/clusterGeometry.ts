import { boundsOf, type Point, type Rect } from '@essaim/shared';

/** Space between a cluster's outline and its notes, in board units. */
export const CLUSTER_PADDING = 16;
/** Height of the title tab drawn above the outline. */
export const CLUSTER_TAB_HEIGHT = 34;
/** A folded cluster: a card of this size where its notes' outline starts. */
export const CLUSTER_CARD = { width: 220, height: 96 } as const;
/** How far past its outline a note must be dropped to leave its cluster (so a nudge inside never does). */
export const CLUSTER_LEAVE_MARGIN = 24;

/** The outline around a cluster's notes, or null when it has none. */
export function clusterOutline(members: readonly Rect[]): Rect | null {
  const bounds = boundsOf(members);
  if (!bounds) return null;
  return { x: bounds.x - CLUSTER_PADDING, y: bounds.y - CLUSTER_PADDING, width: bounds.width + 2 * CLUSTER_PADDING, height: bounds.height + 2 * CLUSTER_PADDING };
}

/** Where the title tab starts: on the outline's top edge, at its left. */
export function clusterTabOrigin(outline: Rect): Point {
  return { x: outline.x, y: outline.y - CLUSTER_TAB_HEIGHT };
}

/** A folded cluster's card, where its outline would start. */
export function clusterCard(outline: Rect): Rect {
  return { x: outline.x, y: outline.y, width: CLUSTER_CARD.width, height: CLUSTER_CARD.height };
}

/** The area a note is dropped into to join the cluster: its outline with the tab row above it, or its card. */
export function clusterDropArea(outline: Rect, collapsed: boolean): Rect {
  if (collapsed) return clusterCard(outline);
  return { x: outline.x, y: outline.y - CLUSTER_TAB_HEIGHT, width: outline.width, height: outline.height + CLUSTER_TAB_HEIGHT };
}

export function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

export function contains(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

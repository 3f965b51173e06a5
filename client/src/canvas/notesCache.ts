import type Konva from 'konva';
import type { CullView } from './cullView';

/** Name of the group of the notes layer holding the far-away cards (the one that may be cached). */
export const NOTES_GROUP = 'notes';
const VIEW_ATTR = 'cullView';

/**
 * Far away (compact detail) the notes are drawn once into a bitmap of the cull window at the
 * current zoom, scene and hit graph alike (Konva's `cache`), so a pan draws one image instead
 * of thousands of nodes. Near (full detail, few notes, text that must stay sharp) no bitmap.
 */
export function cacheNotes(group: Konva.Group, view: CullView): void {
  group.setAttr(VIEW_ATTR, view);
  refreshNotesCache(group);
}

/** Redraws the bitmap after the notes inside changed. */
function refreshNotesCache(group: Konva.Container): void {
  const view = group.getAttr(VIEW_ATTR) as CullView | undefined;
  if (group.isCached()) group.clearCache();
  if (!view || view.detail !== 'compact' || group.children.length === 0) return;
  const { x, y, width, height } = view.window;
  // one bitmap pixel per screen pixel, for the picture and for the hit graph
  group.cache({ x, y, width, height, pixelRatio: view.scale, hitCanvasPixelRatio: view.scale });
}

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
  // one bitmap pixel per device pixel for the picture (sharp first words on a phone), within a
  // budget; one per screen pixel for the hit graph
  group.cache({ x, y, width, height, pixelRatio: view.scale * sharpness(view), hitCanvasPixelRatio: view.scale });
}

/** The bitmap's largest size in pixels, beyond which it is drawn at one pixel per screen pixel. */
const MAX_BITMAP_PIXELS = 8_000_000;

function sharpness(view: CullView): number {
  const dpr = Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));
  const pixels = view.window.width * view.scale * view.window.height * view.scale;
  return pixels * dpr * dpr <= MAX_BITMAP_PIXELS ? dpr : 1;
}

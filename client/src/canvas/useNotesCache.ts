import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { CullView } from './cullView';
import { cacheNotes } from './notesCache';

/** A zoom alone waits this long before the bitmap is redrawn at the new scale. */
export const ZOOM_RECACHE_MS = 150;

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * Keeps the far-away notes bitmap (`cacheNotes`) in step with the notes layer: redrawn after
 * every commit that changed what is drawn (`inputs`), but after a zoom alone only once the
 * zoom pauses: meanwhile the old bitmap is scaled, so each wheel step costs one image.
 */
export function useNotesCache(group: RefObject<Konva.Group | null>, view: CullView, inputs: readonly unknown[]): void {
  const last = useRef<{ view: CullView; inputs: readonly unknown[] } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLayoutEffect(() => {
    const node = group.current;
    const previous = last.current;
    last.current = { view, inputs };
    if (!node) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const zoomOnly = previous !== null && same(previous.inputs, inputs) && previous.view.window === view.window && previous.view.detail === view.detail;
    if (zoomOnly && node.isCached()) timer.current = setTimeout(() => cacheNotes(node, view), ZOOM_RECACHE_MS);
    else cacheNotes(node, view);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}

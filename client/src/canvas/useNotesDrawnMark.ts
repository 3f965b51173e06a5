import type Konva from 'konva';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** Name of the performance mark set when the notes layer has drawn a new number of notes. */
export const NOTES_DRAWN_MARK = 'essaim:notes-drawn';

export interface NotesDrawnDetail {
  /** notes on the board */
  notes: number;
  /** of which drawn (the others are off screen) */
  drawn: number;
}

/**
 * Sets a `performance.mark` once the layer has really drawn with a new number of notes (the
 * Konva `draw` event, after the pixels are on its canvas): the signal benchmarks wait for.
 */
export function useNotesDrawnMark(layer: RefObject<Konva.Layer | null>, notes: number, drawn: number): void {
  const latest = useRef<NotesDrawnDetail>({ notes, drawn });
  useLayoutEffect(() => {
    latest.current = { notes, drawn };
  }, [notes, drawn]);
  useEffect(() => {
    const node = layer.current;
    if (!node) return;
    let marked = -1;
    const onDraw = () => {
      if (latest.current.notes === marked) return;
      marked = latest.current.notes;
      performance.mark(NOTES_DRAWN_MARK, { detail: { ...latest.current } });
    };
    node.on('draw', onDraw);
    return () => {
      node.off('draw', onDraw);
    };
  }, [layer]);
}

import type Konva from 'konva';
import { SELECTED_STROKE } from './noteStyle';

type Box = ReturnType<NonNullable<Konva.TransformerConfig['boundBoxFunc']>>;

/** How every resize frame on the board looks and behaves: no rotation, no flip, free ratio. */
export const RESIZE_HANDLES = {
  rotateEnabled: false,
  keepRatio: false,
  flipEnabled: false,
  ignoreStroke: true,
  anchorSize: 12,
  anchorCornerRadius: 3,
  borderStroke: SELECTED_STROKE,
  anchorStroke: SELECTED_STROKE,
} as const satisfies Konva.TransformerConfig;

/**
 * A Transformer's `boundBoxFunc` keeping sizes within [min, max] board units; its boxes are in
 * screen pixels, so the limits are compared at the current zoom.
 */
export function sizeBounds(min: number, max: number, scale: number) {
  return (oldBox: Box, newBox: Box): Box => {
    const low = min * scale;
    const high = max * scale;
    return newBox.width < low || newBox.height < low || newBox.width > high || newBox.height > high ? oldBox : newBox;
  };
}

/** The handles a selected note offers: corners, right edge, bottom edge. */
export const NOTE_ANCHORS = ['top-left', 'top-right', 'bottom-left', 'bottom-right', 'middle-right', 'bottom-center'];
/** Under this size on screen (px) a note gets no handles: they would cover it whole (one zooms in to resize). */
export const NOTE_RESIZABLE_PX = 48;

/** The handles for a selection whose smallest note is `smallestPx` on screen. */
export function noteAnchors(smallestPx: number): string[] {
  return smallestPx >= NOTE_RESIZABLE_PX ? NOTE_ANCHORS : NO_ANCHORS;
}

const NO_ANCHORS: string[] = [];

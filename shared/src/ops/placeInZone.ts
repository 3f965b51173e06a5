import type * as Y from 'yjs';
import { arrangeGrid, GRID_GAP } from '../geometry/arrangeGrid.js';
import type { Point } from '../geometry/pinch.js';
import { boundsOf, type Rect } from '../geometry/Rect.js';
import { besideOffset, boardLayout } from './applyTemplateBeside.js';
import type { NoteColor } from '../schema/noteColors.js';
import { boardMaps } from '../schema/boardMaps.js';
import { frameHoldsNote, frameType, FRAME_MAX_SIZE, type Frame } from '../schema/Frame.js';

/** Between a zone's sides and the notes placed in it. */
const MARGIN = 60;
/** Room for the zone's band above the first row. */
const BAND = 120;

/**
 * Spots for `placing` in `zone`: a grid below the notes (`board`) already lying in it — those
 * being placed aside —, as many columns as its width takes; the zone grown downward when they
 * do not fit (written at once: call it inside the caller's transaction).
 */
export function placeInZone(doc: Y.Doc, zone: Frame, placing: readonly (Rect & { id: string })[], board: readonly (Rect & { id: string })[]): Point[] {
  if (placing.length === 0) return [];
  const placed = new Set(placing.map((n) => n.id));
  const below = boundsOf(board.filter((n) => !placed.has(n.id) && frameHoldsNote(zone, n)));
  const top = below ? below.y + below.height + GRID_GAP : zone.y + BAND;
  const widest = Math.max(...placing.map((n) => n.width));
  const columns = Math.max(1, Math.floor((zone.width - 2 * MARGIN + GRID_GAP) / (widest + GRID_GAP)));
  const spots = arrangeGrid(placing, { columns, origin: { x: zone.x + MARGIN, y: top } });
  const bottom = Math.max(...placing.map((n, i) => spots[i]!.y + n.height)) + MARGIN;
  if (bottom > zone.y + zone.height) {
    const grown = frameType.parse({ ...zone, height: Math.min(FRAME_MAX_SIZE, bottom - zone.y) });
    if (grown) boardMaps(doc).frames.set(grown.id, grown);
  }
  return spots;
}

/** A new zone beside everything the board holds (`besideOffset`), written at once (inside the caller's transaction). */
export function newZoneBeside(doc: Y.Doc, zone: { title: string; width: number; height: number; color: NoteColor }, newId: () => string): Frame {
  const rect = { x: 0, y: 0, width: zone.width, height: zone.height };
  const layout = boardLayout(doc);
  const offset = besideOffset(layout?.anchor ?? null, rect, layout?.obstacles ?? []) ?? { dx: 0, dy: 0 };
  const frame = frameType.parse({ id: newId(), ...zone, x: offset.dx, y: offset.dy });
  if (!frame) throw new Error('not a zone');
  boardMaps(doc).frames.set(frame.id, frame);
  return frame;
}

import type { Frame, LinkKind, Rect } from '@essaim/shared';
import type { LineStyle, Painter, ShapeStyle, TextStyle } from './Painter.js';

/**
 * A board laid out once for drawing: every line of text already broken, every shape placed, in
 * board units. The PDF pages (whole, overview, tiles) and the PNG paint it through a `Painter`.
 */

export type DrawOp =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; style: ShapeStyle }
  | { kind: 'circle'; cx: number; cy: number; r: number; style: ShapeStyle }
  /** `minWidth`: on the page (pt or px), whatever the scale, so a link stays visible on an overview */
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; style: LineStyle; minWidth?: number }
  | { kind: 'polygon'; points: number[]; fill: string }
  /** `fine`: a note's own text, left out where it would be too small to read (an overview) */
  | { kind: 'text'; text: string; x: number; y: number; style: TextStyle; fine?: boolean };

/** Something drawn, with the box it covers (to leave out what a tile does not show). */
export interface SceneShape {
  bounds: Rect;
  ops: DrawOp[];
  /** a link: drawn wherever it passes, but never the reason to print a part of the board */
  connector?: boolean;
}

export interface BoardScene {
  /** everything drawn, or null when the board has nothing to draw */
  bounds: Rect | null;
  /** drawn first; their titles are laid out for each scale (they grow on an overview, like the client's far view) */
  zones: Frame[];
  /** headings, clusters, links, notes, vote badges, in drawing order */
  shapes: SceneShape[];
  /** the size most notes' text is drawn at (board units; the median), null without notes with text */
  noteFont: number | null;
  /** for the legend */
  hasVotes: boolean;
  linkKinds: ReadonlySet<LinkKind>;
}

export function unionOf(rects: Iterable<Rect>): Rect | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const r of rects) {
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.width);
    y2 = Math.max(y2, r.y + r.height);
  }
  return x1 === Infinity ? null : { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

export interface PaintOptions {
  /** page units (pt, px) per board unit */
  scale: number;
  /** the part of the board shown; what lies outside is not drawn */
  view?: Rect;
  /** fine text smaller than this on the page is left out */
  fineTextMin?: number;
}

/** Draws a list of operations; `scale` only to keep some widths and texts readable on the page. */
/** Page units a dash or its gap takes at least: a board's dashes, in board units, become page-sized far out (never a million dashes a line). */
const DASH_MIN = 2;

/** A style's dashes at this scale: as drawn on the board, or lengthened to `DASH_MIN` page units. */
function pageDashes<T extends { dash?: readonly number[] | null }>(style: T, scale: number): T {
  const dash = style.dash;
  if (!dash || dash.length === 0) return style;
  const shortest = Math.min(...dash) * scale;
  return shortest >= DASH_MIN ? style : { ...style, dash: dash.map((d) => (d * DASH_MIN) / shortest) };
}

export function paintOps(painter: Painter, ops: readonly DrawOp[], options: PaintOptions): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'rect':
        painter.rect(op.x, op.y, op.width, op.height, pageDashes(op.style, options.scale));
        break;
      case 'circle':
        painter.circle(op.cx, op.cy, op.r, op.style);
        break;
      case 'line': {
        const lineWidth = op.minWidth ? Math.max(op.style.lineWidth, op.minWidth / options.scale) : op.style.lineWidth;
        painter.line(op.x1, op.y1, op.x2, op.y2, pageDashes({ ...op.style, lineWidth }, options.scale));
        break;
      }
      case 'polygon':
        painter.polygon(op.points, op.fill);
        break;
      case 'text':
        if (op.fine && options.fineTextMin && op.style.size * options.scale < options.fineTextMin) break;
        painter.text(op.text, op.x, op.y, op.style);
        break;
    }
  }
}

import type { Link, Rect } from '@essaim/shared';
import { ARROW_HEAD, baselineIn, INK, LINK_GAP, LINK_LABEL_FONT, LINK_STYLES, LINK_WIDTH } from './boardStyle.js';
import type { DrawOp, SceneShape } from './BoardScene.js';
import type { TextMeasure } from './textMeasure.js';
import { fitLine } from './wrapText.js';

type Point = { x: number; y: number };

const centre = (box: Rect): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Where the segment from the centre of `box` towards `toward` leaves the box. */
function edgePoint(box: Rect, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** The arrow from one box to the other, edge to edge and a little short of each, as the client draws it. */
export function arrowEnds(from: Rect, to: Rect): [Point, Point] {
  const a = centre(from);
  const b = centre(to);
  const start = edgePoint(from, b);
  const end = edgePoint(to, a);
  const ex = end.x - start.x;
  const ey = end.y - start.y;
  const length = Math.hypot(ex, ey);
  // overlapping boxes: centre to centre, mostly hidden under the notes
  if (length <= 2 * LINK_GAP || ex * (b.x - a.x) + ey * (b.y - a.y) <= 0) return [a, b];
  const ux = ex / length;
  const uy = ey / length;
  return [
    { x: start.x + ux * LINK_GAP, y: start.y + uy * LINK_GAP },
    { x: end.x - ux * LINK_GAP, y: end.y - uy * LINK_GAP },
  ];
}

/** A connector: its line (dashed for a cause, green for a consequence), its head and its label mid-way. */
export function linkShape(link: Link, from: Rect, to: Rect, measure: TextMeasure): SceneShape | null {
  const [p1, p2] = arrowEnds(from, to);
  const length = Math.hypot(p2.x - p1.x, p2.y - p1.y);
  if (length < 1) return null;
  const { stroke, dash } = LINK_STYLES[link.kind];
  const ux = (p2.x - p1.x) / length;
  const uy = (p2.y - p1.y) / length;
  const head = Math.min(ARROW_HEAD.length, length / 2);
  const base = { x: p2.x - ux * head, y: p2.y - uy * head };
  const half = (ARROW_HEAD.width / 2) * (head / ARROW_HEAD.length);
  const ops: DrawOp[] = [
    { kind: 'line', x1: p1.x, y1: p1.y, x2: base.x, y2: base.y, style: { stroke, lineWidth: LINK_WIDTH, dash }, minWidth: 0.6 },
    { kind: 'polygon', points: [p2.x, p2.y, base.x - uy * half, base.y + ux * half, base.x + uy * half, base.y - ux * half], fill: stroke },
  ];
  const boxes: Rect[] = [{ x: Math.min(p1.x, p2.x) - half, y: Math.min(p1.y, p2.y) - half, width: Math.abs(p2.x - p1.x) + 2 * half, height: Math.abs(p2.y - p1.y) + 2 * half }];
  const label = link.label?.trim();
  if (label) {
    const text = fitLine(label, 240, LINK_LABEL_FONT, false, measure);
    const pad = 4;
    const width = measure.width(text, LINK_LABEL_FONT, false) + 2 * pad;
    const height = LINK_LABEL_FONT * 1.2 + 2 * pad;
    const x = (p1.x + p2.x) / 2 - width / 2;
    const y = (p1.y + p2.y) / 2 - height / 2;
    ops.push(
      { kind: 'rect', x, y, width, height, style: { fill: '#ffffff', stroke, lineWidth: 1, radius: 4 } },
      { kind: 'text', text, x: x + pad, y: baselineIn(y + pad, LINK_LABEL_FONT, 1.2), style: { size: LINK_LABEL_FONT, bold: false, color: INK }, fine: true },
    );
    boxes.push({ x, y, width, height });
  }
  const bounds = boxes.reduce((a, b) => ({
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.max(a.x + a.width, b.x + b.width) - Math.min(a.x, b.x),
    height: Math.max(a.y + a.height, b.y + b.height) - Math.min(a.y, b.y),
  }));
  return { bounds, ops, connector: true };
}

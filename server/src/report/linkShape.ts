import { boundsOf, linkArrow, type Link, type Rect } from '@essaim/shared';
import { ARROW_HEAD, baselineIn, INK, LINK_LABEL_FONT, LINK_STYLES, LINK_WIDTH } from './boardStyle.js';
import type { DrawOp, SceneShape } from './BoardScene.js';
import type { TextMeasure } from './textMeasure.js';
import { fitLine } from './wrapText.js';

/** A connector: its line (dashed for a cause, green for a consequence), its head and its label mid-way. */
export function linkShape(link: Link, from: Rect, to: Rect, measure: TextMeasure): SceneShape | null {
  // the arrow as the client's canvas draws it, edge to edge and a little short of each note
  const [x1, y1, x2, y2] = linkArrow(from, to).points;
  const p1 = { x: x1, y: y1 };
  const p2 = { x: x2, y: y2 };
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
  return { bounds: boundsOf(boxes)!, ops, connector: true };
}

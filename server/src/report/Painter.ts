/**
 * What the board drawing needs from a surface: the PDF (`pdfPainter`) and the PNG
 * (`canvasPainter`) implement it, so both come from the same drawing code and the same lines.
 */

/** one radius, or top-left, top-right, bottom-right, bottom-left */
export type Radii = number | readonly [number, number, number, number];

export interface ShapeStyle {
  fill?: string;
  /** 0–1; 1 when absent */
  fillOpacity?: number;
  stroke?: string;
  lineWidth?: number;
  dash?: readonly number[] | null;
  radius?: Radii;
}

export interface LineStyle {
  stroke: string;
  lineWidth: number;
  dash?: readonly number[] | null;
}

export interface TextStyle {
  size: number;
  bold: boolean;
  color: string;
}

export interface Painter {
  rect(x: number, y: number, width: number, height: number, style: ShapeStyle): void;
  circle(cx: number, cy: number, r: number, style: ShapeStyle): void;
  line(x1: number, y1: number, x2: number, y2: number, style: LineStyle): void;
  /** a closed filled shape through `points` (x0, y0, x1, y1, …) */
  polygon(points: readonly number[], fill: string): void;
  /** one line already laid out, its baseline at `y`, starting at `x` */
  text(text: string, x: number, y: number, style: TextStyle): void;
  save(): void;
  restore(): void;
  clip(x: number, y: number, width: number, height: number): void;
  /** from now on, a point p is drawn at p × scale + (dx, dy) */
  transform(scale: number, dx: number, dy: number): void;
}

/** The path calls pdfkit and the 2D canvas share, for shapes traced the same way on both. */
export interface PathSink {
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): unknown;
  closePath(): unknown;
}

/** Circle arcs as cubic Béziers: the control points sit this fraction of the radius away. */
const KAPPA = 0.5522847498;

/** Traces a rectangle with rounded corners (each radius clamped to half the shorter side). */
export function traceRoundedRect(sink: PathSink, x: number, y: number, w: number, h: number, radius: Radii): void {
  const max = Math.min(w, h) / 2;
  const [tl, tr, br, bl] = (typeof radius === 'number' ? [radius, radius, radius, radius] : radius).map((r) => Math.max(0, Math.min(max, r))) as [
    number,
    number,
    number,
    number,
  ];
  sink.moveTo(x + tl, y);
  sink.lineTo(x + w - tr, y);
  if (tr) sink.bezierCurveTo(x + w - tr + tr * KAPPA, y, x + w, y + tr - tr * KAPPA, x + w, y + tr);
  sink.lineTo(x + w, y + h - br);
  if (br) sink.bezierCurveTo(x + w, y + h - br + br * KAPPA, x + w - br + br * KAPPA, y + h, x + w - br, y + h);
  sink.lineTo(x + bl, y + h);
  if (bl) sink.bezierCurveTo(x + bl - bl * KAPPA, y + h, x, y + h - bl + bl * KAPPA, x, y + h - bl);
  sink.lineTo(x, y + tl);
  if (tl) sink.bezierCurveTo(x, y + tl - tl * KAPPA, x + tl - tl * KAPPA, y, x + tl, y);
  sink.closePath();
}

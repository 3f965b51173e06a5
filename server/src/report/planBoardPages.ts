import type { Rect } from '@essaim/shared';
import type { BoardScene } from './BoardScene.js';

/** Notes' text is readable on paper from this size (pt) up: a board that would print it smaller is split. */
export const MIN_NOTE_TEXT_PT = 6;
/** A board printed whole is never enlarged past 1 pt per board unit (a 160-unit note is then 5.6 cm wide). */
const MAX_SCALE = 1;
/** Past this many parts, the parts are made larger (text under 6 pt) rather than more numerous. */
export const MAX_TILES = 40;
/** Grids finer than this are not even looked at (a board of a few notes far apart). */
const MAX_GRID = 20_000;
/**
 * Each part's page also shows this share of its width and height of the parts around it, on every
 * side: a note (a cluster, a tree's link) cut by the grid is whole on one page or the other.
 */
export const TILE_OVERLAP = 0.1;

export type BoardPagePlan =
  | { kind: 'whole'; scale: number }
  | {
      kind: 'tiled';
      /** the overview's scale */
      scale: number;
      tileScale: number;
      /** the scale a part's page prints at: its part and the overlap around it (`TILE_OVERLAP`) fill the page */
      viewScale: number;
      cols: number;
      rows: number;
      /**
       * the parts that show something, in reading order (rows, then columns), in board units; the grid
       * starts at the board's top left corner and each part has the page's proportions; `view`: what its
       * page shows, the part and the overlap around it
       */
      tiles: { rect: Rect; view: Rect; row: number; col: number }[];
      /** the parts had to print the text under `MIN_NOTE_TEXT_PT` */
      reduced: boolean;
    };

/**
 * How a board goes on paper, in an area of `width` × `height` pt: whole, scaled to fit, when its
 * notes' text (the size most of them have: a few notes shrunk to hold a long text do not split a
 * board; the report pages print them in full) stays at least `MIN_NOTE_TEXT_PT`; otherwise cut
 * into a grid of equal parts, each printed on its own page at the scale that fills it (at least the readable one),
 * after an overview of the whole board showing the grid. Parts with nothing on them but links or
 * the inside of a zone are left out; at most `MAX_TILES` are printed.
 */
export function planBoardPages(scene: BoardScene, width: number, height: number): BoardPagePlan | null {
  const bounds = scene.bounds;
  if (!bounds) return null;
  const bw = Math.max(1, bounds.width);
  const bh = Math.max(1, bounds.height);
  const fit = Math.min(width / bw, height / bh);
  const readable = scene.noteFont ? MIN_NOTE_TEXT_PT / scene.noteFont : 0;
  if (fit >= readable) return { kind: 'whole', scale: Math.min(MAX_SCALE, fit) };
  const marks = [...scene.shapes.filter((shape) => !shape.connector).map((shape) => shape.bounds), ...scene.zones.map(zoneBand)];
  // the page shows the part and its overlap: the part is cut at a larger scale, so that the page's is readable
  let wanted = readable * (1 + 2 * TILE_OVERLAP);
  for (;;) {
    const cols = Math.ceil((bw * wanted) / width);
    const rows = Math.ceil((bh * wanted) / height);
    // the largest scale at which this grid still covers the board: each part fills its page
    const tileScale = Math.min((cols * width) / bw, (rows * height) / bh);
    const tw = width / tileScale;
    const th = height / tileScale;
    const used = cols * rows <= MAX_GRID ? usedCells(marks, bounds, tw, th, cols, rows) : null;
    if (used && used.size <= MAX_TILES) {
      const tiles = [...used].sort((a, b) => a - b).map((cell) => {
        const row = Math.floor(cell / cols);
        const col = cell % cols;
        const rect = { x: bounds.x + col * tw, y: bounds.y + row * th, width: tw, height: th };
        const view = { x: rect.x - tw * TILE_OVERLAP, y: rect.y - th * TILE_OVERLAP, width: tw * (1 + 2 * TILE_OVERLAP), height: th * (1 + 2 * TILE_OVERLAP) };
        return { rect, view, row, col };
      });
      const viewScale = tileScale / (1 + 2 * TILE_OVERLAP);
      return { kind: 'tiled', scale: fit, tileScale, viewScale, cols, rows, tiles, reduced: viewScale < readable * 0.999 };
    }
    wanted *= 0.9;
  }
}

/** A zone's title band: a part showing only a zone's empty inside is left out, not one showing its title. */
function zoneBand(zone: Rect): Rect {
  return { x: zone.x, y: zone.y, width: zone.width, height: Math.min(zone.height, 80) };
}

/** The cells of the grid (row × cols + col) that something lies on. */
function usedCells(marks: readonly Rect[], bounds: Rect, tw: number, th: number, cols: number, rows: number): Set<number> {
  const used = new Set<number>();
  const clamp = (v: number, max: number) => Math.min(max - 1, Math.max(0, Math.floor(v)));
  for (const r of marks) {
    const c1 = clamp((r.x - bounds.x) / tw, cols);
    const c2 = clamp((r.x + r.width - bounds.x) / tw, cols);
    const r1 = clamp((r.y - bounds.y) / th, rows);
    const r2 = clamp((r.y + r.height - bounds.y) / th, rows);
    for (let row = r1; row <= r2; row++) for (let col = c1; col <= c2; col++) used.add(row * cols + col);
  }
  return used;
}

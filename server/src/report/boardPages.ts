import type { Rect, RoomReport } from '@essaim/shared';
import { LINK_STYLES, VOTE_BADGE } from './boardStyle.js';
import type { BoardScene } from './BoardScene.js';
import { boardScene } from './buildBoardScene.js';
import { paintBoard } from './paintBoard.js';
import { pdfPainter } from './pdfPainter.js';
import { REPORT_COLORS, type PageLayout } from './pdfLayout.js';
import { planBoardPages } from './planBoardPages.js';
import { textLine } from './pdfText.js';
import { contentTop, roomHeader } from './pageHeader.js';
import { fontName } from './reportFonts.js';
import type { ReportStrings } from './reportStrings.js';

/** Fine text (notes') smaller than this on an overview is left out: the parts that follow show it. */
const OVERVIEW_TEXT_MIN = 3;

interface BoardContext {
  doc: PDFKit.PDFDocument;
  layout: PageLayout;
  strings: ReportStrings;
  anonymous: boolean;
}

/** The room's board pages: one page, or an overview and its parts; an empty board, a page that says so. */
export function addBoardPages(ctx: BoardContext, room: RoomReport): void {
  const { doc, layout, strings } = ctx;
  const scene = boardScene(room, { lang: strings.lang, anonymous: ctx.anonymous });
  const area = boardArea(layout);
  const plan = planBoardPages(scene, area.width, area.height);
  doc.addPage();
  if (!plan) {
    boardHeader(ctx, room, strings.board);
    textLine(doc, strings.empty, area.x + area.width / 2, area.y + area.height / 2, { size: 16 * layout.k, color: REPORT_COLORS.muted, align: 'center' });
    return;
  }
  if (plan.kind === 'whole') {
    boardHeader(ctx, room, strings.board);
    drawBoard(ctx, scene, scene.bounds!, plan.scale, area);
    legend(ctx, scene);
    return;
  }
  const first = doc.bufferedPageRange().count + 1;
  boardHeader(ctx, room, strings.overview, [strings.overviewHint(plan.tiles.length), ...(plan.reduced ? [strings.smallText] : [])].join(' '));
  const placed = drawBoard(ctx, scene, scene.bounds!, plan.scale, area, OVERVIEW_TEXT_MIN);
  plan.tiles.forEach((tile, i) => tileMark(ctx, placed, clipRect(tile.rect, scene.bounds!), strings.pageLabel(first + i)));
  legend(ctx, scene);
  plan.tiles.forEach((tile, i) => {
    doc.addPage();
    boardHeader(ctx, room, strings.part(i + 1, plan.tiles.length));
    locator(ctx, plan.cols, plan.rows, tile.row, tile.col);
    const placed = drawBoard(ctx, scene, tile.view, plan.viewScale, area);
    // the part itself, within what its neighbours' pages show too
    partFrame(ctx, placed, tile.rect);
    legend(ctx, scene);
  });
}

/** The part of `rect` inside `within` (the grid of parts may pass the board's edges). */
function clipRect(rect: Rect, within: Rect): Rect {
  const x = Math.max(rect.x, within.x);
  const y = Math.max(rect.y, within.y);
  return { x, y, width: Math.min(rect.x + rect.width, within.x + within.width) - x, height: Math.min(rect.y + rect.height, within.y + within.height) - y };
}

/** Where the board is drawn on a page: below the header, above the legend and the footer. */
function boardArea(layout: PageLayout): Rect {
  const y = contentTop(layout) - 4 * layout.k;
  return { x: layout.left, y, width: layout.right - layout.left, height: layout.bottom - 18 * layout.k - y };
}

/** The room's header with what this page shows. */
function boardHeader(ctx: BoardContext, room: RoomReport, what: string, hint?: string): void {
  roomHeader(ctx.doc, ctx.layout, room, hint ? `${what} · ${hint}` : what);
}

/** Draws the part `view` of the board at `scale`, centred in `area` and clipped to it; returns where it went. */
function drawBoard(ctx: BoardContext, scene: BoardScene, view: Rect, scale: number, area: Rect, fineTextMin?: number): { scale: number; dx: number; dy: number } {
  const { doc } = ctx;
  const dx = area.x + (area.width - view.width * scale) / 2 - view.x * scale;
  const dy = area.y + (area.height - view.height * scale) / 2 - view.y * scale;
  const painter = pdfPainter(doc);
  painter.save();
  painter.clip(area.x + (area.width - view.width * scale) / 2, area.y + (area.height - view.height * scale) / 2, view.width * scale, view.height * scale);
  painter.transform(scale, dx, dy);
  paintBoard(painter, scene, { scale, view, ...(fineTextMin ? { fineTextMin } : {}) });
  painter.restore();
  return { scale, dx, dy };
}

/**
 * On a part's page, what belongs to the parts around it is veiled and the part's own edge dashed:
 * the reader sees where this part ends, and the notes the grid cut whole.
 */
function partFrame(ctx: BoardContext, at: Placed, part: Rect): void {
  const { doc, layout } = ctx;
  const { x, y, w, h } = onPage(at, part);
  const area = boardArea(layout);
  doc.save();
  doc.rect(area.x, area.y, area.width, area.height).rect(x, y, w, h).fillOpacity(0.55).fill('#ffffff', 'even-odd');
  doc.restore();
  dashedEdge(ctx, { x, y, w, h });
}

type Placed = { scale: number; dx: number; dy: number };

/** Where a board rectangle lies on the page where the board is `at`, in page units. */
function onPage(at: Placed, rect: Rect): { x: number; y: number; w: number; h: number } {
  return { x: rect.x * at.scale + at.dx, y: rect.y * at.scale + at.dy, w: rect.width * at.scale, h: rect.height * at.scale };
}

/** A part's edge, dashed. */
function dashedEdge(ctx: BoardContext, { x, y, w, h }: { x: number; y: number; w: number; h: number }): void {
  const k = ctx.layout.k;
  ctx.doc.rect(x, y, w, h).lineWidth(1 * k).dash(4 * k, { space: 3 * k }).strokeColor(REPORT_COLORS.tile, 1).stroke().undash();
}

/** A part's outline on the overview, with the page it is printed on. */
function tileMark(ctx: BoardContext, at: Placed, rect: Rect, label: string): void {
  const { doc, layout } = ctx;
  const k = layout.k;
  const { x, y, w, h } = onPage(at, rect);
  dashedEdge(ctx, { x, y, w, h });
  const size = Math.min(11 * k, Math.max(6 * k, h / 5));
  doc.font(fontName(true)).fontSize(size);
  const tw = doc.widthOfString(label) + size;
  const th = size * 1.6;
  doc.roundedRect(x + (w - tw) / 2, y + (h - th) / 2, tw, th, th / 2).fillColor('#ffffff', 0.9).fill();
  doc.roundedRect(x + (w - tw) / 2, y + (h - th) / 2, tw, th, th / 2).lineWidth(0.75 * k).strokeColor(REPORT_COLORS.tile, 1).stroke();
  doc.fillColor(REPORT_COLORS.tile, 1).text(label, x + (w - tw) / 2 + size / 2, y + h / 2 + size * 0.36, { lineBreak: false, baseline: 'alphabetic' });
}

/** On a part's page: the grid of parts with this one filled, so the reader sees where it lies. */
function locator(ctx: BoardContext, cols: number, rows: number, row: number, col: number): void {
  const { doc, layout } = ctx;
  const k = layout.k;
  const cell = Math.min(9 * k, (36 * k) / rows);
  const x0 = layout.right - cols * cell;
  const y0 = layout.top + 2 * k;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      doc.rect(x0 + c * cell, y0 + r * cell, cell, cell).lineWidth(0.5 * k);
      if (r === row && c === col) doc.fillColor(REPORT_COLORS.tile, 1).strokeColor(REPORT_COLORS.tile, 1).fillAndStroke();
      else doc.strokeColor(REPORT_COLORS.rule, 1).stroke();
    }
  }
}

/** Under the board, what its marks mean: the vote pill, the cause and consequence arrows (those it shows). */
function legend(ctx: BoardContext, scene: BoardScene): void {
  const { doc, layout, strings } = ctx;
  const k = layout.k;
  const y = layout.bottom - 6 * k;
  let x = layout.left;
  doc.font(fontName(false)).fontSize(8.5 * k);
  const label = (text: string) => {
    doc.fillColor(REPORT_COLORS.muted, 1).text(text, x, y + 3 * k, { lineBreak: false, baseline: 'alphabetic' });
    x += doc.widthOfString(text) + 16 * k;
  };
  if (scene.hasVotes) {
    doc.roundedRect(x, y - 5 * k, 16 * k, 10 * k, 5 * k).fillColor(VOTE_BADGE.fill, 1).fill();
    doc.font(fontName(true)).fontSize(7 * k).fillColor('#ffffff', 1).text('3', x + 5.6 * k, y + 2.5 * k, { lineBreak: false, baseline: 'alphabetic' });
    doc.font(fontName(false)).fontSize(8.5 * k);
    x += 21 * k;
    label(strings.legendVotes);
  }
  for (const kind of ['cause', 'consequence'] as const) {
    if (!scene.linkKinds.has(kind)) continue;
    const { stroke, dash } = LINK_STYLES[kind];
    doc.moveTo(x, y).lineTo(x + 18 * k, y).lineWidth(1.2 * k).strokeColor(stroke, 1);
    if (dash) doc.dash(3 * k, { space: 2 * k });
    doc.stroke().undash();
    doc.polygon([x + 22 * k, y], [x + 17 * k, y - 3 * k], [x + 17 * k, y + 3 * k]).fillColor(stroke, 1).fill();
    x += 27 * k;
    label(kind === 'cause' ? strings.legendCause : strings.legendConsequence);
  }
}

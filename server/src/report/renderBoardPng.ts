import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { RoomReport } from '@essaim/shared';
import { boardScene } from './buildBoardScene.js';
import { canvasPainter } from './canvasPainter.js';
import { MUTED_INK } from './boardStyle.js';
import { paintBoard } from './paintBoard.js';
import { FONT_FILES, FONT_NAMES } from './reportFonts.js';
import { reportStrings, type ReportLang } from './reportStrings.js';

/** White around the board's content, in board units. */
const MARGIN = 40;
/** An empty board's picture, in board units: a sentence saying so. */
const EMPTY = { width: 640, height: 200 } as const;

let fontsRegistered = false;

function registerFonts(): void {
  if (fontsRegistered) return;
  GlobalFonts.registerFromPath(FONT_FILES.regular, FONT_NAMES.regular);
  GlobalFonts.registerFromPath(FONT_FILES.bold, FONT_NAMES.bold);
  fontsRegistered = true;
}

/** The PNG's size at `scale` px per board unit: the board's content and its margin (the caller keeps each side ≤ 8192 by lowering the scale). */
export function boardPngSize(room: RoomReport, scale: number): { width: number; height: number } {
  // the language changes only the words on folded clusters' cards, never the extent
  const bounds = boardScene(room, { lang: 'fr', anonymous: false }).bounds;
  const width = bounds ? bounds.width + 2 * MARGIN : EMPTY.width;
  const height = bounds ? bounds.height + 2 * MARGIN : EMPTY.height;
  return { width: Math.max(1, Math.ceil(width * scale)), height: Math.max(1, Math.ceil(height * scale)) };
}

/**
 * The whole board as a PNG on white, drawn by the same code and with the same lines as the
 * PDF's board pages; in an anonymous workshop no author's name, even one the room's report carried.
 */
export function renderBoardPng(room: RoomReport, options: { scale: number; lang: ReportLang; anonymous: boolean }): Buffer {
  registerFonts();
  const { scale, lang, anonymous } = options;
  const { width, height } = boardPngSize(room, scale);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  const painter = canvasPainter(ctx);
  const scene = boardScene(room, { lang, anonymous });
  if (!scene.bounds) {
    painter.transform(scale, 0, 0);
    painter.text(reportStrings(lang).empty, MARGIN, EMPTY.height / 2 + 8, { size: 22, bold: false, color: MUTED_INK });
  } else {
    painter.transform(scale, (MARGIN - scene.bounds.x) * scale, (MARGIN - scene.bounds.y) * scale);
    paintBoard(painter, scene, { scale });
  }
  return canvas.toBuffer('image/png');
}

import { BADGE_OUTLINES, NOTE_COLOR_FILLS, type Category, type Note } from '@essaim/shared';
import {
  AUTHOR_FONT_SIZE,
  AUTHOR_LINE,
  baselineIn,
  CATEGORY_BADGE,
  INK,
  MUTED_INK,
  NOTE_CORNER,
  NOTE_FONT_SIZE,
  NOTE_FONT_STEP,
  NOTE_LINE_HEIGHT,
  NOTE_MIN_FONT_SIZE,
  NOTE_PADDING,
  ROOM_BAND,
  ROOM_BAND_FONT_SIZE,
  VOTE_BADGE,
} from './boardStyle.js';
import type { DrawOp, SceneShape } from './BoardScene.js';
import type { TextMeasure } from './textMeasure.js';
import { clampLines, fitLine, wrapText } from './wrapText.js';

export interface NoteText {
  size: number;
  lines: string[];
}

/** Under this width the author's name is not drawn beside a badge. */
const MIN_AUTHOR_WIDTH = 28;
const MIN_BADGE = 56;

/**
 * A note's text as the client fits it: the largest size from 16 down to 11 at which it fits,
 * wrapped and hyphenated in French (a size that would cut a word where French does not is
 * passed over); at the smallest size, what does not fit ends with « … ». Each size is wrapped
 * only as far as it can tell: up to its first forced cut, or a line past what the note holds (a
 * 2,000-character text costs as little as a short one).
 */
export function fitNoteText(text: string, width: number, room: number, measure: TextMeasure): NoteText {
  const maxLines = Math.max(1, Math.floor(room / (NOTE_MIN_FONT_SIZE * NOTE_LINE_HEIGHT)));
  let last: string[] = [];
  for (let size = NOTE_FONT_SIZE; size >= NOTE_MIN_FONT_SIZE; size -= NOTE_FONT_STEP) {
    const smallest = size <= NOTE_MIN_FONT_SIZE;
    // more lines than this cannot fit at this size (a line to spare against rounding), and the smallest size keeps `maxLines`
    const enough = Math.max(maxLines, Math.ceil(room / (size * NOTE_LINE_HEIGHT))) + 1;
    const { lines, forced } = wrapText(text, { size, bold: false, width, hyphenate: true, maxLines: enough, stopWhenForced: !smallest }, measure);
    last = lines;
    if (forced && !smallest) continue;
    if (lines.length * size * NOTE_LINE_HEIGHT <= room) return { size, lines };
  }
  return { size: NOTE_MIN_FONT_SIZE, lines: clampLines(last, maxLines, width, NOTE_MIN_FONT_SIZE, false, measure) };
}

/** One note: its card, its room band (plenary copies), its text, its author and its category. */
export function noteShape(note: Note, author: string | undefined, category: Category | undefined, measure: TextMeasure): { shape: SceneShape; fontSize: number | null } {
  const { x, y, width: w, height: h } = note;
  const { fill, stroke } = NOTE_COLOR_FILLS[note.color];
  const ops: DrawOp[] = [
    { kind: 'rect', x, y: y + 2, width: w, height: h, style: { fill: '#000000', fillOpacity: 0.08, radius: NOTE_CORNER } },
    { kind: 'rect', x, y, width: w, height: h, style: { fill, stroke, lineWidth: 1, radius: NOTE_CORNER } },
  ];
  const inner = w - 2 * NOTE_PADDING;
  if (note.room) {
    ops.push({ kind: 'rect', x, y, width: w, height: ROOM_BAND, style: { fill: note.room.color, radius: [NOTE_CORNER, NOTE_CORNER, 0, 0] } });
    const name = fitLine(note.room.name, w - NOTE_PADDING, ROOM_BAND_FONT_SIZE, true, measure);
    ops.push({ kind: 'text', text: name, x: x + NOTE_PADDING / 2, y: baselineIn(y, ROOM_BAND_FONT_SIZE, ROOM_BAND / ROOM_BAND_FONT_SIZE), style: { size: ROOM_BAND_FONT_SIZE, bold: true, color: '#ffffff' }, fine: true });
  }
  const top = NOTE_PADDING + (note.room ? ROOM_BAND : 0);
  let fontSize: number | null = null;
  if (note.text.trim() !== '') {
    const fit = fitNoteText(note.text, inner, h - top - NOTE_PADDING - AUTHOR_LINE, measure);
    fontSize = fit.size;
    const lineHeight = fit.size * NOTE_LINE_HEIGHT;
    fit.lines.forEach((line, i) => {
      if (line === '') return;
      ops.push({ kind: 'text', text: line, x: x + NOTE_PADDING, y: baselineIn(y + top + i * lineHeight, fit.size, NOTE_LINE_HEIGHT), style: { size: fit.size, bold: false, color: INK }, fine: true });
    });
  }
  const lineTop = y + h - AUTHOR_LINE - 2;
  let authorWidth = inner;
  if (category) {
    const room = author ? Math.max(inner * 0.6, Math.min(inner, MIN_BADGE)) : inner;
    const badge = categoryBadge(category.name, room, measure);
    if (badge) {
      authorWidth = inner - badge.width - 4;
      const bx = x + w - NOTE_PADDING - badge.width;
      const by = lineTop + (AUTHOR_LINE - CATEGORY_BADGE.height) / 2;
      ops.push({ kind: 'rect', x: bx, y: by, width: badge.width, height: CATEGORY_BADGE.height, style: { fill: NOTE_COLOR_FILLS[category.color].fill, stroke: BADGE_OUTLINES[category.color], lineWidth: 1.5, radius: CATEGORY_BADGE.height / 2 } });
      if (badge.text) ops.push({ kind: 'text', text: badge.text, x: bx + CATEGORY_BADGE.padding, y: baselineIn(by, CATEGORY_BADGE.font, CATEGORY_BADGE.height / CATEGORY_BADGE.font), style: { size: CATEGORY_BADGE.font, bold: true, color: INK }, fine: true });
    }
  }
  if (author && authorWidth >= MIN_AUTHOR_WIDTH) {
    const text = fitLine(author, authorWidth, AUTHOR_FONT_SIZE, false, measure);
    ops.push({ kind: 'text', text, x: x + NOTE_PADDING, y: baselineIn(lineTop, AUTHOR_FONT_SIZE, AUTHOR_LINE / AUTHOR_FONT_SIZE), style: { size: AUTHOR_FONT_SIZE, bold: false, color: MUTED_INK }, fine: true });
  }
  return { shape: { bounds: { x, y, width: w, height: h + 2 }, ops }, fontSize };
}

/** The category pill: its whole name, or its start and « … » within `maxWidth`; null when not even a pill fits. */
function categoryBadge(name: string, maxWidth: number, measure: TextMeasure): { width: number; text: string } | null {
  const { height, font, padding } = CATEGORY_BADGE;
  if (maxWidth < height) return null;
  const natural = Math.ceil(measure.width(name, font, true)) + 2 * padding + 2;
  if (natural <= maxWidth) return { width: natural, text: name };
  const room = maxWidth - 2 * padding - 2;
  return { width: maxWidth, text: room > font ? fitLine(name, room, font, true, measure) : '' };
}

/** The dots a note received, on a purple pill across its top edge near the right corner (« 5 »). */
export function voteBadge(note: Note, count: number, measure: TextMeasure): SceneShape {
  const { height, font, clearOfCorner, fill } = VOTE_BADGE;
  const text = String(count);
  const width = Math.max(height, measure.width(text, font, true) + 16);
  const x = note.x + note.width - clearOfCorner - width;
  const y = note.y - height / 2;
  const textX = x + (width - measure.width(text, font, true)) / 2;
  return {
    bounds: { x: x - 1, y: y - 1, width: width + 2, height: height + 2 },
    ops: [
      { kind: 'rect', x, y, width, height, style: { fill, stroke: '#ffffff', lineWidth: 2, radius: height / 2 } },
      { kind: 'text', text, x: textX, y: baselineIn(y, font, height / font), style: { size: font, bold: true, color: '#ffffff' } },
    ],
  };
}

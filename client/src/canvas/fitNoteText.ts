import { AUTHOR_LINE, NOTE_FONT_FAMILY, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT, NOTE_PADDING } from './noteStyle';

/** The smallest font a note's text shrinks to before the note grows instead (board px). */
export const NOTE_MIN_FONT_SIZE = 11;
/** Font size at which word widths are measured; other sizes are scaled from it. */
const REFERENCE_SIZE = 100;
/** Lines are measured a little narrower than drawn, so an estimate errs towards one line too many, never one too few. */
const WRAP_MARGIN = 2;

/** Width of a piece of text at `REFERENCE_SIZE` px in the notes' font. */
export type MeasureText = (text: string) => number;

export interface NoteBox {
  text: string;
  width: number;
  height: number;
  /** where the text starts, below the room band when there is one (`noteTextTop`) */
  top: number;
}

export interface NoteTextFit {
  /** the largest size, from `NOTE_FONT_SIZE` down to `NOTE_MIN_FONT_SIZE`, at which the text fits */
  fontSize: number;
  /** the note's height to draw: its own, or taller when even the smallest font does not fit */
  height: number;
}

/** How many lines `text` takes wrapped by words into `lineWidth` at `fontSize` (long words broken, as Konva does). */
export function countLines(text: string, lineWidth: number, fontSize: number, measure: MeasureText): number {
  const scale = fontSize / REFERENCE_SIZE;
  const space = measure(' ') * scale;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') {
        used += used > 0 ? space : 0;
        continue;
      }
      const width = measure(word) * scale;
      const needed = used > 0 ? used + space + width : width;
      if (needed <= lineWidth) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // a word longer than the line is broken across lines
      const rows = Math.max(1, Math.ceil(width / lineWidth));
      lines += rows - 1;
      used = width - (rows - 1) * lineWidth;
    }
  }
  return lines;
}

/**
 * The font size and height at which a note shows all its text: the usual size when it fits,
 * smaller down to `NOTE_MIN_FONT_SIZE` (also to keep its longest word on one line), then taller
 * than the note rather than cut.
 */
export function fitText(box: NoteBox, measure: MeasureText): NoteTextFit {
  if (box.text.trim() === '') return { fontSize: NOTE_FONT_SIZE, height: box.height };
  const lineWidth = Math.max(1, box.width - 2 * NOTE_PADDING - WRAP_MARGIN);
  const below = NOTE_PADDING + AUTHOR_LINE;
  const room = box.height - box.top - below;
  // a word as long as « accompagnement » is not broken while a smaller font keeps it whole
  const widest = Math.max(0, ...box.text.split(/\s+/).map((word) => (word ? measure(word) : 0)));
  let lines = 0;
  for (let size = NOTE_FONT_SIZE; size >= NOTE_MIN_FONT_SIZE; size--) {
    if (size > NOTE_MIN_FONT_SIZE && (widest * size) / REFERENCE_SIZE > lineWidth) continue;
    lines = countLines(box.text, lineWidth, size, measure);
    if (lines * size * NOTE_LINE_HEIGHT <= room) return { fontSize: size, height: box.height };
  }
  const needed = Math.ceil(box.top + lines * NOTE_MIN_FONT_SIZE * NOTE_LINE_HEIGHT + below);
  return { fontSize: NOTE_MIN_FONT_SIZE, height: Math.max(box.height, needed) };
}

/** Word widths measured once: a board repeats the same words, and a note is fitted again at each change. */
export function cachedMeasure(measure: MeasureText, limit = 20_000): MeasureText {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (widths.size >= limit) widths.clear();
      width = measure(text);
      widths.set(text, width);
    }
    return width;
  };
}

/** Measures with a 2D canvas in the notes' font; without one (tests, workers) a close average. */
function canvasMeasure(style = ''): MeasureText {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * REFERENCE_SIZE * 0.6;
  context.font = `${style}${REFERENCE_SIZE}px ${NOTE_FONT_FAMILY}`;
  return (text) => context.measureText(text).width;
}

let shared: MeasureText | null = null;
const fits = new Map<string, NoteTextFit>();
const FITS_LIMIT = 10_000;

/** `fitText` with the page's font, cached by text and box: drawing a note again costs a lookup. */
export function fitNoteText(box: NoteBox): NoteTextFit {
  const key = `${box.width}|${box.height}|${box.top}|${box.text}`;
  let fit = fits.get(key);
  if (!fit) {
    shared ??= cachedMeasure(canvasMeasure());
    if (fits.size >= FITS_LIMIT) fits.clear();
    fit = fitText(box, shared);
    fits.set(key, fit);
  }
  return fit;
}

let sharedBold: MeasureText | null = null;

/** Width (px) of one line of `text` at `fontSize` in the notes' font (bold: a badge), from a cached measure. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const measure = bold ? (sharedBold ??= cachedMeasure(canvasMeasure('bold '))) : (shared ??= cachedMeasure(canvasMeasure()));
  return (measure(text) * fontSize) / REFERENCE_SIZE;
}

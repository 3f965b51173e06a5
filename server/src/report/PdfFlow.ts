import { NOTE_COLOR_FILLS, type NoteColor, type ReportNote } from '@essaim/shared';
import { frenchSpaces } from './frenchSpaces.js';
import { withSoftHyphens } from './hyphenateFr.js';
import { FONT_ASCENT, fontName } from './reportFonts.js';
import { REPORT_COLORS, type PageLayout } from './pdfLayout.js';
import { textLine } from './pdfText.js';
import { contentTop } from './pageHeader.js';
import type { ReportStrings } from './reportStrings.js';
import { reportMeasure } from './textMeasure.js';

/** Words at least this long get French hyphenation points in the report pages; shorter ones are never broken. */
const LONG_WORD = 16;
const LONG_WORDS = new RegExp(`\\S{${LONG_WORD},}`, 'g');
const META_WIDTH = 150;
/** the column of a note's dots (« 12 points ») */
const VOTES_WIDTH = 56;

/** Characters a run may hold without a place to break (pdfkit measures what is left of a run at every line: a long one is quadratic). */
const RUN_MAX = 40;
const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/** A zero-width break every `RUN_MAX` characters of a run with no other place to break (an address, digits, emoji), never inside a character as one sees it. */
function breakLongRuns(word: string): string {
  return word.replace(new RegExp(`[^\\s\u00ad]{${RUN_MAX + 1},}`, 'gu'), (run) => {
    let out = '';
    let count = 0;
    for (const { segment } of graphemes.segment(run)) {
      if (count > 0 && count % RUN_MAX === 0) out += '\u200b';
      out += segment;
      count++;
    }
    return out;
  });
}

/** A note's text as the report pages print it: verbatim, with soft hyphens only inside very long words. */
export function reportText(text: string): string {
  // an address is left whole: a hyphen added at a line's end would change it (a zero-width break adds nothing)
  return frenchSpaces(text.replaceAll('\u00ad', '')).replace(LONG_WORDS, (word) => breakLongRuns(/[/@]/.test(word) ? word : withSoftHyphens(word)));
}

export interface RowOptions {
  /** left indent (A4 pt), for outlines */
  indent?: number;
  /** a ranked result: its rank, printed before the note */
  rank?: number;
  /** the dots shown in the margin: a round's count, else the note's own votes */
  count?: number;
  /** printed before the text (« – » in outlines) */
  bullet?: string;
}

/**
 * Text pages that flow: a cursor `y` that moves down, a new page (with the room's header) when
 * what comes next does not fit. Everything is written in pdfkit text, selectable and searchable.
 */
export class PdfFlow {
  y: number;
  private current: string | null = null;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly layout: PageLayout,
    readonly strings: ReportStrings,
    /** adds a page with its header naming the section under way; returns where its content starts */
    private readonly newPage: (section: string | null) => number,
    /** authors are never printed (anonymous workshop) */
    private readonly anonymous: boolean,
  ) {
    // no page until something is written: a room with nothing to report gets none
    this.y = Number.POSITIVE_INFINITY;
  }

  /** Makes room for `height`: a new page when it does not fit below. */
  ensure(height: number): void {
    if (this.y + height > this.layout.bottom) this.y = this.newPage(this.current);
  }

  /** A section's title (« Priorités »), kept with at least the start of what follows. */
  section(title: string, color: string): void {
    const { doc, layout } = this;
    const k = layout.k;
    if (this.y > this.pageStart()) this.y += 14 * k;
    this.current = title;
    // the title (28), a subheading (6 + 18) and its first row (about 40): never a title alone at a page's foot
    this.ensure(100 * k);
    doc.roundedRect(layout.left, this.y + 1 * k, 4 * k, 17 * k, 1.5 * k).fillColor(color, 1).fill();
    textLine(doc, title, layout.left + 12 * k, this.y + 15 * k, { size: 14.5 * k, bold: true, color: REPORT_COLORS.ink });
    this.y += 28 * k;
  }

  /** A zone's, cluster's or round's title, with a detail after it and a swatch of its colour. */
  subheading(title: string, detail?: string, color?: NoteColor | string): void {
    const { doc, layout } = this;
    const k = layout.k;
    this.y += 6 * k;
    this.ensure(56 * k);
    let x = layout.left;
    if (color) {
      const fill = color in NOTE_COLOR_FILLS ? NOTE_COLOR_FILLS[color as NoteColor] : { fill: color, stroke: color };
      doc.roundedRect(x, this.y + 2.5 * k, 10 * k, 10 * k, 2 * k).lineWidth(0.75 * k).fillColor(fill.fill, 1).strokeColor(fill.stroke, 1).fillAndStroke();
      x += 16 * k;
    }
    const baseline = this.y + 12 * k;
    const width = textLine(doc, title, x, baseline, { size: 11.5 * k, bold: true, color: REPORT_COLORS.ink, maxWidth: layout.right - x - 200 * k });
    if (detail) textLine(doc, detail, x + width + 10 * k, baseline, { size: 9.5 * k, color: REPORT_COLORS.muted, maxWidth: layout.right - x - width - 10 * k });
    this.y += 18 * k;
    this.rule(REPORT_COLORS.rule);
  }

  /** A small label line in the flow (« Causes »). */
  label(text: string, indent = 0): void {
    const k = this.layout.k;
    this.y += 4 * k;
    this.ensure(40 * k);
    textLine(this.doc, text, this.layout.left + indent * k, this.y + 10 * k, { size: 9.5 * k, bold: true, color: REPORT_COLORS.muted });
    this.y += 15 * k;
  }

  /** A sentence in the flow (« Aucun point n’a été donné. »). */
  paragraph(text: string): void {
    const { doc, layout } = this;
    const k = layout.k;
    doc.font(fontName(false)).fontSize(10 * k);
    const width = layout.right - layout.left;
    const height = doc.heightOfString(text, { width });
    this.ensure(height + 8 * k);
    doc.fillColor(REPORT_COLORS.muted, 1).text(text, layout.left, this.y + 4 * k, { width });
    this.y += height + 8 * k;
  }

  /**
   * One note: its colour, its text in full (wrapped by pdfkit, long words hyphenated), then in
   * columns its dots and its author (unless anonymous) and category.
   */
  note(note: ReportNote, options: RowOptions = {}): void {
    const { doc, layout, strings } = this;
    const k = layout.k;
    const size = 10.5 * k;
    // looser, pdftotext takes each line of a note for a block of its own and mixes in the margin's words
    const lineGap = 0.6 * k;
    const pad = 4.5 * k;
    const metaWidth = META_WIDTH * k;
    const metaX = layout.right - metaWidth;
    const votesRight = metaX - 12 * k;
    let x = layout.left + (options.indent ?? 0) * k;
    if (options.rank !== undefined) x += 26 * k;
    const bulletWidth = options.bullet ? 10 * k : 0;
    const textX = x + 16 * k + bulletWidth;
    // a wide gap before the dots' column keeps it a column of its own for text extraction
    const width = votesRight - VOTES_WIDTH * k - 40 * k - textX;
    const whole = reportText(note.text.trim() === '' ? '—' : note.text);
    doc.font(fontName(false)).fontSize(size);
    // a note taller than a page (many short lines) goes on, paragraph by paragraph, in rows of its own below
    const [text, rest] = this.pageful(whole, width, lineGap, pad);
    const textHeight = doc.heightOfString(text, { width, lineGap });
    const count = options.count ?? note.votes;
    const meta = this.metaLines(note, metaWidth);
    const height = Math.max(textHeight, meta.length * 12.5 * k) + 2 * pad;
    this.ensure(height);
    const top = this.y + pad;
    const baseline = top + FONT_ASCENT * size;
    if (options.rank !== undefined) textLine(doc, strings.number(options.rank), x - 8 * k, baseline, { size: 11 * k, bold: true, color: REPORT_COLORS.ink, align: 'right' });
    const { fill, stroke } = NOTE_COLOR_FILLS[note.color];
    doc.roundedRect(x, baseline - 8.5 * k, 9 * k, 9 * k, 2 * k).lineWidth(0.6 * k).fillColor(fill, 1).strokeColor(stroke, 1).fillAndStroke();
    if (options.bullet) textLine(doc, options.bullet, x + 16 * k, baseline, { size, color: REPORT_COLORS.faint });
    doc.font(fontName(false)).fontSize(size).fillColor(REPORT_COLORS.ink, 1);
    doc.text(text, textX, top, { width, lineGap });
    if (count > 0) textLine(doc, strings.points(count), votesRight, baseline, { size: 10 * k, bold: true, color: REPORT_COLORS.votes, align: 'right' });
    meta.forEach((line, i) => textLine(doc, line, layout.right, baseline + i * 12.5 * k, { size: 8.5 * k, color: REPORT_COLORS.muted, align: 'right', maxWidth: metaWidth }));
    this.y += height;
    let left = rest;
    while (left) {
      const [part, next] = this.pageful(left, width, lineGap, pad);
      const partHeight = doc.font(fontName(false)).fontSize(size).heightOfString(part, { width, lineGap }) + 2 * pad;
      this.ensure(partHeight);
      doc.font(fontName(false)).fontSize(size).fillColor(REPORT_COLORS.ink, 1).text(part, textX, this.y + pad, { width, lineGap });
      this.y += partHeight;
      left = next;
    }
    this.rule(REPORT_COLORS.rowRule, x);
  }

  /** The paragraphs of `text` that fill at most a page, and what is left (empty when it all fits). */
  private pageful(text: string, width: number, lineGap: number, pad: number): [string, string] {
    const room = this.layout.bottom - contentTop(this.layout) - 2 * pad;
    if (this.doc.heightOfString(text, { width, lineGap }) <= room) return [text, ''];
    const paragraphs = text.split('\n');
    let n = 1;
    while (n < paragraphs.length && this.doc.heightOfString(paragraphs.slice(0, n + 1).join('\n'), { width, lineGap }) <= room) n++;
    return [paragraphs.slice(0, n).join('\n'), paragraphs.slice(n).join('\n')];
  }

  /** « Amina Benali · Santé » on one line when it fits, else on two. */
  private metaLines(note: ReportNote, width: number): string[] {
    const parts = [...(!this.anonymous && note.author ? [note.author] : []), ...(note.category ? [note.category] : [])];
    if (parts.length < 2) return parts;
    const joined = parts.join(' · ');
    return reportMeasure.width(joined, 8.5 * this.layout.k, false) <= width ? [joined] : parts;
  }

  rule(color: string, from = this.layout.left): void {
    const k = this.layout.k;
    this.doc.moveTo(from, this.y).lineTo(this.layout.right, this.y).lineWidth(0.5 * k).strokeColor(color, 1).stroke();
  }

  private pageStart(): number {
    return contentTop(this.layout);
  }
}

import PDFDocument from 'pdfkit';
import { FONT_FILES, FONT_NAMES, fontName } from './reportFonts.js';

/** Widths of text in the report's fonts: the PDF and the PNG lay out their lines with the same figures. */
export interface TextMeasure {
  /** width of `text` at `size` (same unit as `size`) */
  width(text: string, size: number, bold: boolean): number;
}

/** Past this many distinct pieces measured, the caches start again (a worker lives for many reports). */
const CACHE_LIMIT = 50_000;
const REFERENCE = 1000;

let measurer: PDFKit.PDFDocument | null = null;
const widths = new Map<string, number>();

/** A document never written, held only for its fonts' metrics (pdfkit's own layout, kerning included). */
function measuringDocument(): PDFKit.PDFDocument {
  if (!measurer) {
    measurer = new PDFDocument({ autoFirstPage: false });
    measurer.registerFont(FONT_NAMES.regular, FONT_FILES.regular);
    measurer.registerFont(FONT_NAMES.bold, FONT_FILES.bold);
  }
  return measurer;
}

function measureAtReference(text: string, bold: boolean): number {
  const key = (bold ? 'b' : 'r') + text;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size >= CACHE_LIMIT) {
      widths.clear();
      measurer = null;
    }
    width = measuringDocument().font(fontName(bold)).fontSize(REFERENCE).widthOfString(text);
    widths.set(key, width);
  }
  return width;
}

/** The report's measure: Noto Sans regular and bold, through pdfkit, cached by piece of text. */
export const reportMeasure: TextMeasure = {
  width(text, size, bold) {
    return text === '' ? 0 : (measureAtReference(text, bold) * size) / REFERENCE;
  },
};

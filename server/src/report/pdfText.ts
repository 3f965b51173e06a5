import { fontName } from './reportFonts.js';
import { reportMeasure } from './textMeasure.js';
import { fitLine } from './wrapText.js';

export interface LineOptions {
  size: number;
  bold?: boolean;
  color: string;
  /** cut with « … » past this width */
  maxWidth?: number;
  align?: 'left' | 'right' | 'center';
}

/** One line of text with its baseline at `y`; `x` is its left, right or centre by `align`. Returns its width. */
export function textLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: LineOptions): number {
  const bold = options.bold ?? false;
  const shown = options.maxWidth === undefined ? text : fitLine(text, options.maxWidth, options.size, bold, reportMeasure);
  const width = reportMeasure.width(shown, options.size, bold);
  const left = options.align === 'right' ? x - width : options.align === 'center' ? x - width / 2 : x;
  doc.font(fontName(bold)).fontSize(options.size).fillColor(options.color, 1);
  doc.text(shown, left, y, { lineBreak: false, baseline: 'alphabetic' });
  return width;
}

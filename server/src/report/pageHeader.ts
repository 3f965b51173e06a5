import type { RoomReport } from '@essaim/shared';
import { REPORT_COLORS, type PageLayout } from './pdfLayout.js';
import { textLine } from './pdfText.js';

/** Below the header, where a page's content starts. */
export function contentTop(layout: PageLayout): number {
  return layout.top + 58 * layout.k;
}

/** A room page's header: the room's colour and name, what the page shows, and a rule. */
export function roomHeader(doc: PDFKit.PDFDocument, layout: PageLayout, room: RoomReport, what: string): void {
  const { k } = layout;
  const maxWidth = layout.right - layout.left - 110 * k;
  doc.rect(layout.left, layout.top + 2 * k, 5 * k, 22 * k).fillColor(room.color, 1).fill();
  textLine(doc, room.name, layout.left + 13 * k, layout.top + 18 * k, { size: 17 * k, bold: true, color: REPORT_COLORS.ink, maxWidth });
  textLine(doc, what, layout.left + 13 * k, layout.top + 36 * k, { size: 9.5 * k, color: REPORT_COLORS.muted, maxWidth });
  doc.moveTo(layout.left, layout.top + 44 * k).lineTo(layout.right, layout.top + 44 * k).lineWidth(0.5 * k).strokeColor(REPORT_COLORS.rule, 1).stroke();
}

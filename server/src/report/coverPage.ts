import type { WorkshopReport } from '@essaim/shared';
import { REPORT_COLORS, type PageLayout } from './pdfLayout.js';
import { textLine } from './pdfText.js';
import { fontName } from './reportFonts.js';
import type { ReportStrings } from './reportStrings.js';
import { reportMeasure } from './textMeasure.js';
import { clampLines, wrapText } from './wrapText.js';

/** Rooms listed per column on the cover. */
const ROOMS_PER_COLUMN = 8;

/**
 * The cover: the workshop's title and date, three key figures (participants, notes, rooms), the
 * rooms in the report with their colour and notes, and when the report was made.
 */
export function addCoverPage(doc: PDFKit.PDFDocument, layout: PageLayout, strings: ReportStrings, report: WorkshopReport): void {
  const { k } = layout;
  doc.addPage();
  doc.rect(0, 0, 16 * k, layout.height).fillColor(REPORT_COLORS.accent, 1).fill();
  const x = layout.left + 36 * k;
  const width = layout.right - x - 20 * k;
  let y = layout.top + 70 * k;
  textLine(doc, strings.reportTitle.toLocaleUpperCase(strings.lang), x, y, { size: 11 * k, bold: true, color: REPORT_COLORS.accent });
  y += 16 * k;
  const titleSize = 30 * k;
  const lines = clampLines(wrapText(report.title, { size: titleSize, bold: true, width, hyphenate: true }, reportMeasure).lines, 3, width, titleSize, true, reportMeasure);
  for (const line of lines) {
    y += titleSize * 1.2;
    textLine(doc, line, x, y, { size: titleSize, bold: true, color: REPORT_COLORS.ink });
  }
  y += 34 * k;
  textLine(doc, strings.heldOn(report.createdAt), x, y, { size: 15 * k, color: REPORT_COLORS.muted });

  // key figures: a large number over its word
  y += 62 * k;
  const figures: [number, string][] = [
    [report.participants, strings.figure.participants(report.participants)],
    [report.notes, strings.figure.notes(report.notes)],
    [report.rooms.length, strings.figure.rooms(report.rooms.length)],
  ];
  figures.forEach(([value, word], i) => {
    const fx = x + i * 150 * k;
    if (i > 0) doc.moveTo(fx - 20 * k, y - 34 * k).lineTo(fx - 20 * k, y + 18 * k).lineWidth(0.75 * k).strokeColor(REPORT_COLORS.rule, 1).stroke();
    textLine(doc, strings.number(value), fx, y, { size: 34 * k, bold: true, color: REPORT_COLORS.ink });
    textLine(doc, word, fx, y + 17 * k, { size: 11 * k, color: REPORT_COLORS.muted });
  });

  y += 62 * k;
  textLine(doc, strings.roomsHeading, x, y, { size: 12 * k, bold: true, color: REPORT_COLORS.ink });
  y += 8 * k;
  const columnWidth = 260 * k;
  report.rooms.forEach((room, i) => {
    const col = Math.floor(i / ROOMS_PER_COLUMN);
    const rx = x + col * (columnWidth + 20 * k);
    const ry = y + ((i % ROOMS_PER_COLUMN) + 1) * 18 * k;
    if (rx + columnWidth > layout.right) return;
    doc.circle(rx + 4 * k, ry - 3.5 * k, 4 * k).fillColor(room.color, 1).fill();
    const count = strings.notes(room.noteCount);
    // « Plénière (plénière) » says it twice
    const tag = room.plenary && !room.name.toLocaleLowerCase(strings.lang).includes(strings.plenary) ? ` (${strings.plenary})` : '';
    const countWidth = reportMeasure.width(count, 10 * k, false);
    textLine(doc, `${room.name}${tag}`, rx + 14 * k, ry, { size: 10.5 * k, color: REPORT_COLORS.ink, maxWidth: columnWidth - countWidth - 30 * k });
    textLine(doc, count, rx + columnWidth, ry, { size: 10 * k, color: REPORT_COLORS.muted, align: 'right' });
  });

  const footY = layout.height - 40 * k;
  if (report.anonymous) textLine(doc, strings.anonymous, x, footY - 18 * k, { size: 9.5 * k, color: REPORT_COLORS.muted });
  textLine(doc, strings.generatedAt(report.madeAt), x, footY, { size: 9.5 * k, color: REPORT_COLORS.muted });
  textLine(doc, 'Essaim', layout.right, footY, { size: 9.5 * k, bold: true, color: REPORT_COLORS.faint, align: 'right' });
  doc.font(fontName(false));
}

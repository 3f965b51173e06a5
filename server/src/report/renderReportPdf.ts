import PDFDocument from 'pdfkit';
import type { WorkshopReport } from '@essaim/shared';
import { addBoardPages } from './boardPages.js';
import { addCoverPage } from './coverPage.js';
import { contentTop, roomHeader } from './pageHeader.js';
import { PdfFlow } from './PdfFlow.js';
import { pageLayout, REPORT_COLORS, type PageLayout, type Paper } from './pdfLayout.js';
import { textLine } from './pdfText.js';
import { FONT_FILES, FONT_NAMES } from './reportFonts.js';
import { reportStrings, type ReportLang, type ReportStrings } from './reportStrings.js';
import { addReportSections } from './reportSections.js';

/**
 * The workshop report as a PDF: a cover, then for each room its board drawn in vectors (one
 * page, or an overview and its parts) and its report pages in text; page numbers and the
 * workshop's title in every footer. Noto Sans is embedded (subset). CPU-bound and synchronous
 * until the end: meant for a worker thread.
 */
export function renderReportPdf(report: WorkshopReport, options: { paper: Paper; lang: ReportLang }): Promise<Buffer> {
  const layout = pageLayout(options.paper);
  const strings = reportStrings(options.lang);
  const doc = new PDFDocument({
    size: options.paper.toUpperCase(),
    layout: 'landscape',
    margins: { top: layout.top, left: layout.left, right: layout.width - layout.right, bottom: layout.height - layout.bottom },
    autoFirstPage: false,
    bufferPages: true,
    lang: options.lang === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
    info: { Title: report.title, Subject: strings.reportTitle, Creator: 'Essaim', Producer: 'Essaim', CreationDate: new Date(report.madeAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT_NAMES.regular, FONT_FILES.regular);
  doc.registerFont(FONT_NAMES.bold, FONT_FILES.bold);

  addCoverPage(doc, layout, strings, report);
  for (const room of report.rooms) {
    const boardPage = doc.bufferedPageRange().count;
    addBoardPages({ doc, layout, strings, anonymous: report.anonymous }, room);
    const bookmark = bookmarkPage(doc.outline, room.name, boardPage);
    bookmarkPage(bookmark, strings.board, boardPage);
    const reportPage = doc.bufferedPageRange().count;
    const flow = new PdfFlow(doc, layout, strings, (section) => addRoomPage(doc, layout, room, section ? `${strings.summary} · ${section}` : strings.summary), report.anonymous);
    addReportSections(flow, room, REPORT_COLORS.accent);
    if (doc.bufferedPageRange().count > reportPage) bookmarkPage(bookmark, strings.summary, reportPage);
  }
  addFooters(doc, layout, strings, report.title);
  doc.end();
  return done;
}

function addRoomPage(doc: PDFKit.PDFDocument, layout: PageLayout, room: WorkshopReport['rooms'][number], what: string): number {
  doc.addPage();
  roomHeader(doc, layout, room, what);
  return contentTop(layout);
}

/** A bookmark (the reader's outline) to a page already added, by its index from 0. */
function bookmarkPage(parent: PDFKit.PDFOutline, title: string, pageIndex: number): PDFKit.PDFOutline {
  return parent.addItem(title, { pageNumber: pageIndex, fit: true } as { expanded?: boolean });
}

/** On every page but the cover: the workshop's title and « Page 3 sur 12 ». */
function addFooters(doc: PDFKit.PDFDocument, layout: PageLayout, strings: ReportStrings, title: string): void {
  const { start, count } = doc.bufferedPageRange();
  const k = layout.k;
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    doc.moveTo(layout.left, layout.footerY - 11 * k).lineTo(layout.right, layout.footerY - 11 * k).lineWidth(0.5 * k).strokeColor(REPORT_COLORS.rule, 1).stroke();
    const pageText = strings.pageOf(i + 1, count);
    const pageWidth = textLine(doc, pageText, layout.right, layout.footerY, { size: 8.5 * k, color: REPORT_COLORS.muted, align: 'right' });
    textLine(doc, title, layout.left, layout.footerY, { size: 8.5 * k, color: REPORT_COLORS.muted, maxWidth: layout.right - layout.left - pageWidth - 30 * k });
  }
}

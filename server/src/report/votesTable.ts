import type { ReportRound } from '@essaim/shared';
import type { PdfFlow } from './PdfFlow.js';
import { REPORT_COLORS } from './pdfLayout.js';
import { textLine } from './pdfText.js';
import { fontName } from './reportFonts.js';
import { capitalise, formatTime } from './reportStrings.js';

/** Columns' shares of the width. */
const COLUMNS = [0.05, 0.22, 0.17, 0.09, 0.13, 0.13, 0.13, 0.08];

/** Every round of the room, oldest first, one row each: number, scope, dots, type, dates, turnout, status. */
export function votesTable(flow: PdfFlow, rounds: readonly ReportRound[]): void {
  const { doc, layout, strings: s } = flow;
  const k = layout.k;
  const size = 9.5 * k;
  const pad = 5 * k;
  const total = layout.right - layout.left;
  const widths = COLUMNS.map((share) => share * total);
  const t = s.votesTable;
  const header = [t.number, t.scope, t.dots, t.type, t.opened, t.closed, t.turnout, t.status];
  const when = (ms: number) => `${s.date(ms)}\n${formatTime(ms, s.lang)}`;

  const drawHeader = () => {
    flow.ensure(60 * k);
    let x = layout.left;
    header.forEach((title, i) => {
      textLine(doc, title, x + pad, flow.y + 12 * k, { size: 8.5 * k, bold: true, color: REPORT_COLORS.muted, maxWidth: widths[i]! - 2 * pad });
      x += widths[i]!;
    });
    flow.y += 18 * k;
    flow.rule(REPORT_COLORS.rule);
  };

  drawHeader();
  rounds.forEach((round, row) => {
    const cells = [
      s.number(round.number),
      capitalise(s.scope(round.scope, round.scopeTitle)),
      `${s.dotsPerPerson(round.dotsPerPerson)}\n${s.maxPerNote(round.maxPerNote)}`,
      round.anonymous ? s.anonymousVote : s.namedVote,
      when(round.openedAt),
      round.closedAt ? when(round.closedAt) : '—',
      round.turnout ? s.turnout(round.turnout.voted, round.turnout.eligible) : '—',
      round.status === 'open' ? s.statusOpen : s.statusClosed,
    ];
    doc.font(fontName(false)).fontSize(size);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * pad }))) + 2 * pad;
    if (flow.y + height > layout.bottom) {
      flow.ensure(height);
      drawHeader();
    }
    if (row % 2 === 1) doc.rect(layout.left, flow.y, total, height).fillColor(REPORT_COLORS.stripe, 1).fill();
    let x = layout.left;
    cells.forEach((cell, i) => {
      const bold = i === 0;
      doc.font(fontName(bold)).fontSize(size).fillColor(i === 7 && round.status === 'open' ? REPORT_COLORS.votes : REPORT_COLORS.ink, 1);
      doc.text(cell, x + pad, flow.y + pad, { width: widths[i]! - 2 * pad });
      x += widths[i]!;
    });
    flow.y += height;
    flow.rule(REPORT_COLORS.rowRule);
  });
}

import { fontName } from './reportFonts.js';
import { traceRoundedRect, type LineStyle, type Painter, type ShapeStyle } from './Painter.js';

/** The painter on a pdfkit page: vector paths and real (selectable) text in the embedded font. */
export function pdfPainter(doc: PDFKit.PDFDocument): Painter {
  const paint = (style: ShapeStyle) => {
    const { fill, stroke } = style;
    if (fill) doc.fillColor(fill, style.fillOpacity ?? 1);
    if (stroke) {
      doc.strokeColor(stroke, 1).lineWidth(style.lineWidth ?? 1);
      if (style.dash) doc.dash(style.dash[0]!, { space: style.dash[1] ?? style.dash[0]! });
    }
    if (fill && stroke) doc.fillAndStroke();
    else if (fill) doc.fill();
    else if (stroke) doc.stroke();
    if (stroke && style.dash) doc.undash();
  };
  return {
    rect(x, y, width, height, style) {
      if (style.radius) traceRoundedRect(doc, x, y, width, height, style.radius);
      else doc.rect(x, y, width, height);
      paint(style);
    },
    circle(cx, cy, r, style) {
      doc.circle(cx, cy, r);
      paint(style);
    },
    line(x1, y1, x2, y2, style: LineStyle) {
      doc.moveTo(x1, y1).lineTo(x2, y2).lineCap('round');
      paint({ stroke: style.stroke, lineWidth: style.lineWidth, dash: style.dash ?? null });
      doc.lineCap('butt');
    },
    polygon(points, fill) {
      doc.moveTo(points[0]!, points[1]!);
      for (let i = 2; i < points.length; i += 2) doc.lineTo(points[i]!, points[i + 1]!);
      doc.closePath().fillColor(fill, 1).fill();
    },
    text(text, x, y, style) {
      doc.font(fontName(style.bold)).fontSize(style.size).fillColor(style.color, 1);
      doc.text(text, x, y, { lineBreak: false, baseline: 'alphabetic' });
    },
    save: () => void doc.save(),
    restore: () => void doc.restore(),
    clip(x, y, width, height) {
      doc.rect(x, y, width, height).clip();
    },
    transform(scale, dx, dy) {
      doc.translate(dx, dy).scale(scale);
    },
  };
}

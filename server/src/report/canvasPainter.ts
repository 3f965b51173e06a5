import type { SKRSContext2D } from '@napi-rs/canvas';
import { fontName } from './reportFonts.js';
import { traceRoundedRect, type Painter, type ShapeStyle } from './Painter.js';

/** The painter on a 2D canvas (`@napi-rs/canvas`): the PNG of a board. */
export function canvasPainter(ctx: SKRSContext2D): Painter {
  const paint = (style: ShapeStyle) => {
    if (style.fill) {
      ctx.globalAlpha = style.fillOpacity ?? 1;
      ctx.fillStyle = style.fill;
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    if (style.stroke) {
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = style.lineWidth ?? 1;
      ctx.setLineDash(style.dash ? [...style.dash] : []);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  };
  return {
    rect(x, y, width, height, style) {
      ctx.beginPath();
      if (style.radius) traceRoundedRect(ctx, x, y, width, height, style.radius);
      else ctx.rect(x, y, width, height);
      paint(style);
    },
    circle(cx, cy, r, style) {
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      paint(style);
    },
    line(x1, y1, x2, y2, style) {
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.lineCap = 'round';
      paint({ stroke: style.stroke, lineWidth: style.lineWidth, dash: style.dash ?? null });
      ctx.lineCap = 'butt';
    },
    polygon(points, fill) {
      ctx.beginPath();
      ctx.moveTo(points[0]!, points[1]!);
      for (let i = 2; i < points.length; i += 2) ctx.lineTo(points[i]!, points[i + 1]!);
      ctx.closePath();
      paint({ fill });
    },
    text(text, x, y, style) {
      ctx.font = `${style.size}px ${fontName(style.bold)}`;
      ctx.fillStyle = style.color;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(text, x, y);
    },
    save: () => ctx.save(),
    restore: () => ctx.restore(),
    clip(x, y, width, height) {
      ctx.beginPath();
      ctx.rect(x, y, width, height);
      ctx.clip();
    },
    transform(scale, dx, dy) {
      ctx.translate(dx, dy);
      ctx.scale(scale, scale);
    },
  };
}

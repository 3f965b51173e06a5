import { create } from 'qrcode';

export interface QrDrawing {
  /** modules per side, without the quiet zone */
  size: number;
  /** one SVG path of the dark modules, in module units */
  path: string;
}

/**
 * The QR code of `text` as a single SVG path: each row's runs of dark modules become one
 * rectangle, which keeps the path short and renders crisply at any size.
 */
export function qrPath(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  const parts: string[] = [];
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  }
  return { size, path: parts.join('') };
}

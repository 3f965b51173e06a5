import type { NoteColor } from '@essaim/shared';

/** How zones and headings are drawn, shared by the Konva drawing and the HTML field laid over them. */

/** Opacity of a zone's fill (the note palette's colour): light enough for notes to stand out on it. */
export const ZONE_FILL_OPACITY = 0.3;
export const ZONE_CORNER = 6;
export const ZONE_INK = '#1f2328';
/** Title size in board units; far away it grows so the map of zones stays readable (see `zoneTitleSize`). */
export const ZONE_TITLE_FONT = 24;
/** Smallest on-screen size (px) of a zone title, as long as the zone has room for it. */
export const ZONE_TITLE_MIN_PX = 13;
export const ZONE_TITLE_PADDING = 0.5; // of the title size, around it in the band
export const HEADING_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
/** The padlock of the line icons (24 × 24), drawn on a locked zone's band. */
export const LOCK_PATH = 'M6 11h12v10H6zM8 11V7a4 4 0 0 1 8 0v4';

/** A heading's text colour per palette name: darker shades of the notes' colours, readable on the board (WCAG AA). */
export const LABEL_INKS: Record<NoteColor, string> = {
  yellow: '#7a5c00',
  orange: '#a8430a',
  pink: '#b0195a',
  violet: '#6d28d9',
  blue: '#1d4ed8',
  green: '#1c6b34',
  grey: '#4b5563',
};

/** Title size (board units) of a zone at this zoom: at least `ZONE_TITLE_MIN_PX` on screen, at most a quarter of the zone's height. */
export function zoneTitleSize(zone: { width: number; height: number }, scale: number): number {
  const wanted = Math.max(ZONE_TITLE_FONT, ZONE_TITLE_MIN_PX / scale);
  return Math.max(8, Math.min(wanted, zone.height / 4, zone.width / 6));
}

/** Height of the coloured band across the top of a zone, which holds its title and is its handle. */
export function zoneBandHeight(titleSize: number): number {
  return titleSize * (1 + 2 * ZONE_TITLE_PADDING);
}

/** `#rrggbb` as `rgba(…)` with this opacity. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

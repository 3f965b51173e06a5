import type { LinkKind } from '@essaim/shared';

/**
 * How the board is drawn in the report, in board units: the same sizes and colours as the
 * client's canvas (`client/src/canvas/noteStyle.ts`, `linkStyle.ts`, `zoneStyle.ts`,
 * `ClustersLayer.tsx`), so the printed board looks like the one on screen.
 */

export const INK = '#1f2328';
export const MUTED_INK = '#4b5563';

export const NOTE_FONT_SIZE = 16;
/** the smallest size a note's text shrinks to; past it the text is cut with « … » */
export const NOTE_MIN_FONT_SIZE = 11;
export const NOTE_FONT_STEP = 0.5;
export const NOTE_LINE_HEIGHT = 1.25;
export const NOTE_PADDING = 12;
export const NOTE_CORNER = 4;
/** kept at the bottom of a note for its author's name and category */
export const AUTHOR_LINE = 18;
export const AUTHOR_FONT_SIZE = 11;
export const ROOM_BAND = 20;
export const ROOM_BAND_FONT_SIZE = 11;

export const VOTE_BADGE = { height: 26, font: 14, clearOfCorner: 14, fill: '#6d28d9' } as const;
export const CATEGORY_BADGE = { height: 16, font: 10, padding: 6 } as const;

export const LINK_STYLES: Readonly<Record<LinkKind, { stroke: string; dash: readonly number[] | null }>> = {
  plain: { stroke: '#6b7280', dash: null },
  cause: { stroke: '#b45309', dash: [10, 6] },
  consequence: { stroke: '#047857', dash: null },
};
export const LINK_WIDTH = 2.5;
export const ARROW_HEAD = { length: 14, width: 12 } as const;
export const LINK_LABEL_FONT = 13;

export const ZONE_FILL_OPACITY = 0.3;
export const ZONE_CORNER = 6;
export const ZONE_TITLE_FONT = 24;
export const ZONE_TITLE_LINE_HEIGHT = 1.15;
export const ZONE_TITLE_PADDING = 0.4;
export const ZONE_TITLE_MAX_LINES = 3;
export const ZONE_BAND_MAX_SHARE = 0.75;

export const CLUSTER_STROKE = '#4f46e5';
export const CLUSTER_TAB_FILL = '#eef2ff';
export const CLUSTER_PADDING = 16;
export const CLUSTER_TAB_HEIGHT = 34;
export const CLUSTER_TAB_FONT = 16;
export const CLUSTER_TAB_PAD = 10;
export const CLUSTER_TAB_MAX_TEXT = 320;
export const CLUSTER_CARD = { width: 220, height: 96 } as const;

export const LABEL_LINE_HEIGHT = 1.15;

/** Where a line of text of this size, `lineHeight` tall, has its baseline below the line's top (text centred in its line). */
export function baselineIn(lineTop: number, size: number, lineHeight: number): number {
  return lineTop + (size * lineHeight) / 2 + size * 0.36;
}

import type { Point, Rect } from '@essaim/shared';
import { CLUSTER_TAB_HEIGHT } from '../state/clusterGeometry';
import { measureText } from './measureText';

/** The title tab of a cluster (`ClusterTitle`): font, toggle and padding, in board units. */
export const TAB_FONT = 16;
export const TAB_TOGGLE = 30;
export const TAB_PAD = 10;
/** The widest a tab's text is drawn; a longer title is cut, never its count. */
export const TAB_MAX_TEXT = 320;

const ELLIPSIS = '…';

/**
 * The text of a cluster's tab, « Transports · 4 », within `maxWidth`: a title too long is cut
 * and ends with « … », so the count after it always shows (the whole title is in the cluster's
 * panel and the notes list). `format` puts a title and the count together (the translation).
 */
export function clusterTabText(title: string, format: (title: string) => string, maxWidth: number, measure: (text: string) => number): string {
  const whole = format(title);
  if (measure(whole) <= maxWidth) return whole;
  const chars = Array.from(title);
  const cut = (n: number) => format(chars.slice(0, n).join('').trimEnd() + ELLIPSIS);
  // the longest start of the title that fits with the ellipsis and the count
  let fits = 0;
  let over = chars.length;
  while (over - fits > 1) {
    const mid = (fits + over) >> 1;
    if (measure(cut(mid)) <= maxWidth) fits = mid;
    else over = mid;
  }
  return cut(fits);
}

/** Where a cluster's tab is drawn on the board: unfolded, from its text's width; folded, its whole card. */
export function clusterTabBox(at: Point, textWidth: number, card: { width: number; height: number } | null): Rect {
  if (card) return { x: at.x, y: at.y, width: card.width, height: card.height };
  return { x: at.x, y: at.y, width: TAB_TOGGLE + Math.min(TAB_MAX_TEXT, textWidth) + 2 * TAB_PAD, height: CLUSTER_TAB_HEIGHT - 2 };
}

/** Width of a tab's text as drawn (bold, `TAB_FONT`). */
export const measureTabText = (text: string): number => measureText(text, TAB_FONT, true);

/** A cluster's tab text as `ClustersLayer` draws it: `format` gives « title · count » for a title. */
export const fittedTabText = (title: string, format: (title: string) => string): string => clusterTabText(title, format, TAB_MAX_TEXT, measureTabText);

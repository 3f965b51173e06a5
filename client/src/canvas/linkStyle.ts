import type { LinkKind } from '@essaim/shared';

/** How each kind of link is drawn; the link panel's legend says the same in words. */
export const LINK_STYLES: Readonly<Record<LinkKind, { stroke: string; dash: number[] | null }>> = {
  plain: { stroke: '#6b7280', dash: null },
  // roots: a cause, dashed
  cause: { stroke: '#b45309', dash: [10, 6] },
  // branches: a consequence, solid green
  consequence: { stroke: '#047857', dash: null },
};

/** On-screen widths (px), whatever the zoom. */
export const LINK_WIDTH_PX = 2;
export const LINK_SELECTED_WIDTH_PX = 4;
/** The band around the line that takes a click, on screen. */
export const LINK_HIT_PX = 16;
export const LINK_LABEL_FONT = 13;

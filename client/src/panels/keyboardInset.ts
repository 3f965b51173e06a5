/** What `window.visualViewport` says of the part of the page the user sees. */
export interface VisualViewportBox {
  height: number;
  offsetTop: number;
  /** the user's pinch-zoom of the page */
  scale: number;
}

/**
 * How much of the bottom of the layout viewport an on-screen keyboard covers: the page's fixed
 * bottom edge must move up by this much to stay visible. Rounded, and nothing under a few
 * pixels, so browser chrome sliding in and out does not shake the page.
 */
export function keyboardInset(layoutHeight: number, visual: VisualViewportBox | null): number {
  // a page zoomed in by the user shows less of itself, with no keyboard: nothing to lift
  if (!visual || visual.scale > 1.01) return 0;
  const covered = layoutHeight - (visual.height + visual.offsetTop);
  return covered > 4 ? Math.round(covered) : 0;
}

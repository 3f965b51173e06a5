/** The report's pages: landscape A4 or A3, every measure given for A4 and scaled with the paper. */
export type Paper = 'a4' | 'a3';

const SIZES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 841.89, height: 595.28 },
  a3: { width: 1190.55, height: 841.89 },
};

export interface PageLayout {
  paper: Paper;
  width: number;
  height: number;
  /** measures are A4's times this (A3: √2, so the A3 page is the A4 one enlarged) */
  k: number;
  left: number;
  right: number;
  top: number;
  /** where content stops, above the footer */
  bottom: number;
  /** baseline of the footer's line */
  footerY: number;
}

export function pageLayout(paper: Paper): PageLayout {
  const { width, height } = SIZES[paper];
  const k = width / SIZES.a4.width;
  return { paper, width, height, k, left: 40 * k, right: width - 40 * k, top: 34 * k, bottom: height - 44 * k, footerY: height - 22 * k };
}

/** Report colours (ink, muted text, rules, the accent of the cover and the headings). */
export const REPORT_COLORS = {
  ink: '#1f2328',
  muted: '#57606a',
  faint: '#8c959f',
  rule: '#d0d7de',
  rowRule: '#eaeef2',
  stripe: '#f6f8fa',
  accent: '#4f46e5',
  votes: '#6d28d9',
  tile: '#1d4ed8',
} as const;

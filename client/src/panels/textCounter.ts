/** The counter shows from this share of the limit on (450 of 500). */
export const COUNTER_FROM = 0.9;
/** Characters left at which a screen reader is told, once each, as the text grows. */
const ANNOUNCED_LEFT = [50, 20, 10, 0];

export interface CounterState {
  /** whether « 480 / 500 » shows */
  shown: boolean;
  /** at the limit: the counter changes colour */
  full: boolean;
  /** characters left at the last milestone passed (what the polite live region says), or null before the first */
  announcedLeft: number | null;
}

/**
 * What the counter of a note's text shows and says. The live region changes only at a few
 * milestones, so a screen reader is not read every keystroke's count.
 */
export function counterState(length: number, max: number): CounterState {
  const left = max - length;
  const milestone = ANNOUNCED_LEFT.filter((m) => left <= m).at(-1) ?? null;
  return { shown: length >= Math.floor(max * COUNTER_FROM), full: left <= 0, announcedLeft: milestone === null ? null : Math.max(0, milestone) };
}

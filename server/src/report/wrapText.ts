import { hyphenPoints } from './hyphenateFr.js';
import type { TextMeasure } from './textMeasure.js';

export interface WrapOptions {
  size: number;
  bold: boolean;
  /** the line's width, in the unit of `size` */
  width: number;
  /** break long words at French hyphenation points (a hyphen added) before breaking them anywhere */
  hyphenate: boolean;
}

export interface Wrapped {
  lines: string[];
  /** a word had to be cut where no hyphenation point was (too long for the line even alone) */
  forced: boolean;
}

const ELLIPSIS = '…';

/**
 * Greedy line breaking at spaces, after hard hyphens, then (when asked) at French hyphenation
 * points; a word too long for a line even alone is cut where it must. No-break spaces (« » : ?)
 * never break. Widths are summed word by word, so a board's repeated words are measured once.
 */
export function wrapText(text: string, options: WrapOptions, measure: TextMeasure): Wrapped {
  const { size, bold, width } = options;
  const w = (s: string) => measure.width(s, size, bold);
  const space = w(' ');
  const lines: string[] = [];
  let forced = false;
  for (const paragraph of text.replaceAll('\u00ad', '').replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let used = 0;
    const words = paragraph.split(/[ \t]+/).filter((word) => word !== '');
    for (let i = 0; i < words.length; i++) {
      let word = words[i]!;
      for (;;) {
        const wordWidth = w(word);
        const needed = line ? used + space + wordWidth : wordWidth;
        if (needed <= width) {
          line = line ? `${line} ${word}` : word;
          used = needed;
          break;
        }
        const room = line ? width - used - space : width;
        const split = splitWord(word, room, options, w);
        if (split) {
          lines.push(line ? `${line} ${split.head}` : split.head);
          line = '';
          used = 0;
          word = split.tail;
          continue;
        }
        if (line) {
          lines.push(line);
          line = '';
          used = 0;
          continue;
        }
        // alone on its line and still too long, with no point to break at: cut it
        const cut = Math.max(1, longestPrefix(word, width, w));
        forced = true;
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
        if (word === '') break;
      }
    }
    lines.push(line);
  }
  return { lines, forced };
}

/** The longest head of `word` ending at a hard hyphen or a hyphenation point that fits in `room`. */
function splitWord(word: string, room: number, options: WrapOptions, w: (s: string) => number): { head: string; tail: string } | null {
  if (room <= 0) return null;
  const candidates: { at: number; mark: string }[] = [];
  for (let i = 1; i < word.length - 1; i++) if (word[i - 1] === '-') candidates.push({ at: i, mark: '' });
  if (options.hyphenate) {
    // each part between hard hyphens has its own points (« développement-économique »)
    let start = 0;
    for (const part of word.split('-')) {
      for (const p of hyphenPoints(part)) candidates.push({ at: start + p, mark: '-' });
      start += part.length + 1;
    }
  }
  let best: { head: string; tail: string } | null = null;
  for (const { at, mark } of candidates) {
    const head = word.slice(0, at) + mark;
    if ((!best || head.length > best.head.length) && w(head) <= room) best = { head, tail: word.slice(at) };
  }
  return best;
}

function longestPrefix(text: string, width: number, w: (s: string) => number): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (w(text.slice(0, mid)) <= width) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** At most `maxLines` lines; when some are left out, the last one kept ends with « … » within `width`. */
export function clampLines(lines: readonly string[], maxLines: number, width: number, size: number, bold: boolean, measure: TextMeasure): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1]!, width, size, bold, measure);
  return kept;
}

/** `text` shortened until it fits with « … » after it. */
export function withEllipsis(text: string, width: number, size: number, bold: boolean, measure: TextMeasure): string {
  let shown = text.replace(/-$/, '').trimEnd();
  while (shown.length > 0 && measure.width(`${shown}${ELLIPSIS}`, size, bold) > width) shown = shown.slice(0, -1).trimEnd();
  return `${shown}${ELLIPSIS}`;
}

/** One line, cut with « … » when wider than `width`. */
export function fitLine(text: string, width: number, size: number, bold: boolean, measure: TextMeasure): string {
  return measure.width(text, size, bold) <= width ? text : withEllipsis(text, width, size, bold, measure);
}

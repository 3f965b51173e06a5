import { hyphenPoints } from './hyphenateFr.js';
import type { TextMeasure } from './textMeasure.js';
import { frenchSpaces } from './frenchSpaces.js';

export interface WrapOptions {
  size: number;
  bold: boolean;
  /** the line's width, in the unit of `size` */
  width: number;
  /** break long words at French hyphenation points (a hyphen added) before breaking them anywhere */
  hyphenate: boolean;
  /** stop once more lines than this are made (the result then holds `maxLines + 1` lines and is `partial`) */
  maxLines?: number;
  /** stop at the first forced cut (the result is then `partial`) */
  stopWhenForced?: boolean;
}

export interface Wrapped {
  lines: string[];
  /** a word had to be cut where no hyphenation point was (too long for the line even alone) */
  forced: boolean;
  /** stopped early, by `maxLines` or `stopWhenForced`: `lines` is only the text's start */
  partial: boolean;
}

const ELLIPSIS = '…';
/** Up to this length a piece of text is measured whole; a longer one is first measured by growing prefixes. */
const MEASURED_WHOLE = 64;
/** Letters at least before a hyphen added, from where a piece starts (French patterns keep 2 at a word's start). */
const MIN_HYPHENATED_HEAD = 2;

interface Cut {
  /** where the piece after the cut starts, in the word */
  at: number;
  /** what the line ends with after the cut: a hyphen at a hyphenation point, nothing after a hard hyphen */
  mark: string;
}

/**
 * Greedy line breaking at spaces, after hard hyphens, then (when asked) at French hyphenation
 * points; a word too long for a line even alone is cut where it must (between two characters as
 * one sees them, never inside an accented letter or an emoji). No-break spaces (« » : ?) never
 * break. Widths are summed word by word, so a board's repeated words are measured once. A long word
 * costs a few short measures per line whatever its length: a text only gets wider as it gets longer,
 * so the longest head that fits is found among heads twice as long each time, then by halves, all
 * near the line's end; the rest of the word is never measured whole, nor hyphenated again.
 */
export function wrapText(text: string, options: WrapOptions, measure: TextMeasure): Wrapped {
  const { size, bold, width } = options;
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const w = (s: string) => measure.width(s, size, bold);
  const space = w(' ');
  const lines: string[] = [];
  let forced = false;
  /** adds a line; true when past `maxLines` */
  const full = (line: string) => lines.push(line) > maxLines;
  for (const paragraph of frenchSpaces(text.replaceAll('\u00ad', '')).replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let used = 0;
    const words = paragraph.split(/[ \t]+/).filter((word) => word !== '');
    for (const word of words) {
      // worked out when the word first meets a line's end
      let breaks: WordBreaks | null = null;
      // the word's piece not yet on a line starts at `start`
      let start = 0;
      while (start < word.length) {
        const rest = start === 0 ? word : word.slice(start);
        // what the line holds before the piece, with its space (0 + x is x: the same sums as ever)
        const lead = line ? used + space : 0;
        const restWidth = widthWithin(rest, lead, width, w);
        if (restWidth !== null) {
          used = lead + restWidth;
          line = line ? `${line} ${rest}` : rest;
          break;
        }
        const room = line ? width - used - space : width;
        breaks ??= new WordBreaks(word, options.hyphenate);
        const split = splitWord(breaks, start, room, w);
        if (split) {
          if (full(line ? `${line} ${split.head}` : split.head)) return { lines, forced, partial: true };
          line = '';
          used = 0;
          start = split.at;
          continue;
        }
        if (line) {
          if (full(line)) return { lines, forced, partial: true };
          line = '';
          used = 0;
          continue;
        }
        // alone on its line and still too long, with no point to break at: cut it
        const cut = longestHead(breaks, start, width, w);
        forced = true;
        if (full(word.slice(start, cut)) || options.stopWhenForced) return { lines, forced, partial: true };
        start = cut;
      }
    }
    if (full(line)) return { lines, forced, partial: true };
  }
  return { lines, forced, partial: false };
}

/**
 * The width of `text` when it fits after `lead` within `width`, else null. A long text is first
 * measured by prefixes twice as long each time: one that does not fit settles it without measuring the whole.
 */
function widthWithin(text: string, lead: number, width: number, w: (s: string) => number): number | null {
  for (let n = MEASURED_WHOLE; n < text.length; n *= 2) {
    if (lead + w(text.slice(0, codePointEnd(text, n))) > width) return null;
  }
  const textWidth = w(text);
  return lead + textWidth <= width ? textWidth : null;
}

/** `n`, or one more when `n` would split a surrogate pair. */
function codePointEnd(text: string, n: number): number {
  const code = text.charCodeAt(n - 1);
  return code >= 0xd800 && code <= 0xdbff ? n + 1 : n;
}

/** A word's cut points, worked out once for the word rather than again for each piece left after a cut. */
class WordBreaks {
  private cutsFound: Cut[] | null = null;
  private endsFound: number[] | null = null;

  constructor(
    readonly word: string,
    private readonly hyphenate: boolean,
  ) {}

  /** After hard hyphens, then (when asked) French hyphenation points (the word's own, whatever piece is left), sorted by position. */
  cuts(): readonly Cut[] {
    if (this.cutsFound) return this.cutsFound;
    const { word } = this;
    const cuts: Cut[] = [];
    for (let i = 1; i < word.length - 1; i++) if (word[i - 1] === '-') cuts.push({ at: i, mark: '' });
    if (this.hyphenate) {
      // each part between hard hyphens has its own points (« développement-économique »)
      let start = 0;
      for (const part of word.split('-')) {
        for (const p of hyphenPoints(part)) cuts.push({ at: start + p, mark: '-' });
        start += part.length + 1;
      }
      cuts.sort((a, b) => a.at - b.at);
    }
    // never inside an accented letter written as a letter and a combining accent
    const ends = simpleText(word) ? null : new Set(this.ends());
    this.cutsFound = ends ? cuts.filter((cut) => ends.has(cut.at)) : cuts;
    return this.cutsFound;
  }

  /** The ends of the word's characters as one sees them (an emoji, a letter and its accents), in order. */
  ends(): readonly number[] {
    if (!this.endsFound) this.endsFound = graphemeEnds(this.word);
    return this.endsFound;
  }
}

/** Latin letters, spaces and punctuation (’ … « » – €): no surrogate pair, combining mark nor joiner. */
const SIMPLE = /^[\u0000-\u02ff\u2000-\u200b\u200e-\u206f\u20a0-\u20cf]*$/;
let graphemes: Intl.Segmenter | null = null;

/** Every code unit a character of its own (most French text): no need to segment it. */
function simpleText(text: string): boolean {
  return SIMPLE.test(text);
}

function graphemeEnds(text: string): number[] {
  const ends: number[] = [];
  if (simpleText(text)) {
    for (let i = 1; i <= text.length; i++) ends.push(i);
    return ends;
  }
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { index, segment } of graphemes.segment(text)) ends.push(index + segment.length);
  return ends;
}

/** The first of `count` ascending values (`valueAt`) above `after`; `count` when none is. */
function firstAbove(count: number, valueAt: (i: number) => number, after: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (valueAt(mid) > after) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The last index from `from` (below `to`) for which `fits` holds, or null when not even `from`'s
 * does; `fits` holds up to some index, then no more. Searched by steps twice as long, then halves:
 * a few measures, all near `from`.
 */
function lastFitting(from: number, to: number, fits: (i: number) => boolean): number | null {
  if (from >= to || !fits(from)) return null;
  let good = from;
  let bad = to;
  for (let step = 1; good + step < bad; step *= 2) {
    if (fits(good + step)) good += step;
    else bad = good + step;
  }
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (fits(mid)) good = mid;
    else bad = mid;
  }
  return good;
}

/** The longest head of the word's piece from `start` ending at a hard hyphen or a hyphenation point that fits in `room`. */
function splitWord(breaks: WordBreaks, start: number, room: number, w: (s: string) => number): { head: string; at: number } | null {
  if (room <= 0) return null;
  const cuts = breaks.cuts();
  let first = firstAbove(cuts.length, (i) => cuts[i]!.at, start);
  // a hyphen never follows the piece's first letter alone (« u- » after « (bo »), as at a word's start
  while (first < cuts.length && cuts[first]!.mark !== '' && cuts[first]!.at - start < MIN_HYPHENATED_HEAD) first++;
  const head = (i: number) => breaks.word.slice(start, cuts[i]!.at) + cuts[i]!.mark;
  const best = lastFitting(first, cuts.length, (i) => w(head(i)) <= room);
  return best === null ? null : { head: head(best), at: cuts[best]!.at };
}

/** Where to cut the word's piece from `start` so that it fits in `width`: after one character at least. */
function longestHead(breaks: WordBreaks, start: number, width: number, w: (s: string) => number): number {
  const ends = breaks.ends();
  const first = firstAbove(ends.length, (i) => ends[i]!, start);
  const best = lastFitting(first, ends.length, (i) => w(breaks.word.slice(start, ends[i])) <= width);
  return ends[best ?? first] ?? breaks.word.length;
}

/** At most `maxLines` lines; when some are left out, the last one kept ends with « … » within `width`. */
export function clampLines(lines: readonly string[], maxLines: number, width: number, size: number, bold: boolean, measure: TextMeasure): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1]!, width, size, bold, measure);
  return kept;
}

/**
 * `text` shortened until it fits with « … » after it (never inside an accented letter or an
 * emoji); searched from the end by steps twice as long, so a long text costs a few measures.
 */
export function withEllipsis(text: string, width: number, size: number, bold: boolean, measure: TextMeasure): string {
  const base = text.replace(/-$/, '').trimEnd();
  const shown = (n: number) => base.slice(0, n).trimEnd();
  // the heads that are not blank, from the shortest: where each character ends
  const ends = graphemeEnds(base);
  const from = firstAbove(ends.length, (i) => ends[i]!, base.length - base.trimStart().length);
  const last = ends.length - 1;
  // with k characters taken off the end: too wide up to some k, then it fits
  const tooWide = (k: number) => measure.width(`${shown(ends[last - k]!)}${ELLIPSIS}`, size, bold) > width;
  const mostTooWide = lastFitting(0, last - from + 1, tooWide);
  const kept = mostTooWide === null ? last : last - mostTooWide - 1;
  return `${kept >= from ? shown(ends[kept]!) : ''}${ELLIPSIS}`;
}

/** One line, cut with « … » when wider than `width`. */
export function fitLine(text: string, width: number, size: number, bold: boolean, measure: TextMeasure): string {
  return measure.width(text, size, bold) <= width ? text : withEllipsis(text, width, size, bold, measure);
}

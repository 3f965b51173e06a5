import { createRequire } from 'node:module';

/** `hyphen/fr` is CommonJS: loaded through `require`. */
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/fr') as {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
};

const SOFT_HYPHEN = '\u00ad';
const CACHE_LIMIT = 20_000;
const points = new Map<string, number[]>();

/**
 * Where `word` may be hyphenated in French (indices of the characters a line may end before, a
 * hyphen added), by the TeX patterns of `hyphen`. The notes are French whatever the report's
 * language, so the patterns are always French's.
 */
export function hyphenPoints(word: string): readonly number[] {
  let found = points.get(word);
  if (found === undefined) {
    found = [];
    // an acronym (EHPAD, l’EHPAD, CCAS) is never cut
    if (word.length >= 5 && !/\p{Lu}.*\p{Lu}/u.test(word)) {
      const marked = hyphenateSync(word, { hyphenChar: SOFT_HYPHEN });
      let at = 0;
      for (const ch of marked) {
        if (ch === SOFT_HYPHEN) found.push(at);
        else at += ch.length;
      }
      // the patterns must not have changed the word itself
      if (marked.replaceAll(SOFT_HYPHEN, '') !== word) found = [];
    }
    if (points.size >= CACHE_LIMIT) points.clear();
    points.set(word, found);
  }
  return found;
}

/** The word with soft hyphens where it may break: pdfkit's own line breaking uses them in the report pages. */
export function withSoftHyphens(word: string): string {
  const at = hyphenPoints(word);
  if (at.length === 0) return word;
  let out = '';
  let from = 0;
  for (const i of at) {
    out += word.slice(from, i) + SOFT_HYPHEN;
    from = i;
  }
  return out + word.slice(from);
}

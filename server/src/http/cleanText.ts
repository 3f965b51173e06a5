/**
 * Characters that show nothing, or only reorder what is around them: zero-width spaces and
 * joiners, the soft hyphen, word joiners, byte-order marks and the bidirectional controls. In a
 * name they only serve to make two names look alike (« Lina » and « Li\u200Bna ») or to show
 * text in another order than it is stored (U+202E).
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g;

/** A zero-width joiner, except inside an emoji sequence (👩‍🌾), where it is part of the picture. */
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\p{Emoji_Modifier}?\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** Half of a surrogate pair with no other half: no character at all (storage would write « \uFFFD »). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Trims, folds runs of white space and control characters, drops invisible and bidirectional
 * control characters and lone surrogates, and caps the length (never halving an emoji); '' when unusable.
 */
export function cleanText(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  const folded = value
    .replace(LONE_SURROGATE, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(STRAY_JOINER, '')
    .replace(/\s+/g, ' ')
    .trim();
  let capped = folded.slice(0, max);
  // a cut between the two halves of a surrogate pair would leave half a character
  if (/[\uD800-\uDBFF]$/.test(capped)) capped = capped.slice(0, -1);
  // ...and one inside an emoji sequence (👩‍🌾) a joiner left at the end, invisible
  return capped.replace(/\u200D$/, '').trim();
}

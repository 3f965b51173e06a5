/** Cursor colours: distinct from each other and dark enough for white label text (WCAG AA). */
export const CURSOR_COLORS = [
  '#C0392B',
  '#1F6FB2',
  '#1E7D4F',
  '#7D3C98',
  '#B9550B',
  '#0E7C7B',
  '#A61E6A',
  '#34495E',
  '#8A6D00',
  '#5B4FCF',
] as const;

/** 32-bit FNV-1a: cheap, stable across browsers and sessions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The same participant gets the same colour on every screen and after every reload. */
export function cursorColor(participantId: string): string {
  return CURSOR_COLORS[fnv1a(participantId) % CURSOR_COLORS.length]!;
}

import type { NoteColor } from '@essaim/shared';

/**
 * The badge's outline: a dark tone of its colour, at least 3:1 against every note colour (WCAG
 * non-text contrast), so a yellow badge still stands out on a yellow note. Its text is the notes'
 * dark text on the pale fill, well over 4.5:1.
 */
export const BADGE_OUTLINES: Record<NoteColor, string> = {
  yellow: '#7A6200',
  orange: '#9A4A00',
  pink: '#9C2A5A',
  violet: '#5B3FA8',
  blue: '#1F5F96',
  green: '#2F6B1F',
  grey: '#5C5C5C',
};

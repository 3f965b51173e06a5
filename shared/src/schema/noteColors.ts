/** The sticky-note palette. Entries store the colour's name; clients map it to a fill. */
export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'violet', 'blue', 'green', 'grey'] as const;

export type NoteColor = (typeof NOTE_COLORS)[number];

export const DEFAULT_NOTE_COLOR: NoteColor = 'yellow';

/** Fill and border for each colour, chosen so black text stays readable (WCAG AA). */
export const NOTE_COLOR_FILLS: Record<NoteColor, { fill: string; stroke: string }> = {
  yellow: { fill: '#FFE97A', stroke: '#E0C23C' },
  orange: { fill: '#FFC48A', stroke: '#E79A4D' },
  pink: { fill: '#FFB3CF', stroke: '#E07DA3' },
  violet: { fill: '#D7C4FF', stroke: '#A88BE6' },
  blue: { fill: '#A9D8FF', stroke: '#6BAEE6' },
  green: { fill: '#B9EBA5', stroke: '#7FC467' },
  grey: { fill: '#E3E3E3', stroke: '#B5B5B5' },
};

export function isNoteColor(value: unknown): value is NoteColor {
  return typeof value === 'string' && (NOTE_COLORS as readonly string[]).includes(value);
}

/** A heading's text colour per palette name: darker shades of the notes' colours, readable on the board (WCAG AA). */
export const LABEL_INKS: Record<NoteColor, string> = {
  yellow: '#7a5c00',
  orange: '#a8430a',
  pink: '#b0195a',
  violet: '#6d28d9',
  blue: '#1d4ed8',
  green: '#1c6b34',
  grey: '#4b5563',
};

/**
 * A category badge's outline: a dark tone of its colour, at least 3:1 against every note colour (WCAG
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

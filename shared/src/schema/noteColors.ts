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

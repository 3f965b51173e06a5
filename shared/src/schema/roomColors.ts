/** Tag colours of breakout rooms, distinct from the note palette and readable with white text. */
export const ROOM_COLORS = ['#1D4ED8', '#B91C1C', '#047857', '#7C3AED', '#B45309', '#0E7490', '#BE185D', '#4D7C0F'] as const;

export const PLENARY_COLOR = '#374151';

export function roomColor(position: number): string {
  return ROOM_COLORS[((position % ROOM_COLORS.length) + ROOM_COLORS.length) % ROOM_COLORS.length]!;
}

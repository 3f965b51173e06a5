import type { Note, Point } from '@essaim/shared';

export const NEW_NOTE_OFFSET = 24;

/**
 * Centre for a note created from the toolbar: the wanted point, moved diagonally while a note
 * is already centred there, so pressing « Nouvelle note » twice never hides the first one.
 */
export function freeSpotNear(notes: readonly Pick<Note, 'x' | 'y' | 'width' | 'height'>[], wanted: Point): Point {
  const centres = notes.map((n) => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 }));
  const taken = (p: Point) => centres.some((c) => Math.abs(c.x - p.x) < 2 && Math.abs(c.y - p.y) < 2);
  let spot = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  for (let i = 0; i < 200 && taken(spot); i++) spot = { x: spot.x + NEW_NOTE_OFFSET, y: spot.y + NEW_NOTE_OFFSET };
  return spot;
}

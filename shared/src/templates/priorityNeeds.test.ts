import { describe, expect, it } from 'vitest';
import type { Frame } from '../schema/Frame.js';
import { carteDesBesoins } from './carteDesBesoins.js';
import { isPriorityNeedsZone, PRIORITY_NEEDS_MAX, priorityNeeds } from './priorityNeeds.js';

const map = carteDesBesoins.content.frames;
const zone = map.find((f) => f.title === '3 besoins prioritaires')!;
const emerging = map.find((f) => f.title.startsWith('Besoins émergents'))!;

/** A note of 160 whose top-left corner is `dx`, `dy` inside `frame`. */
const noteIn = (frame: Frame, text: string, dx: number, dy: number) => ({ text, x: frame.x + dx, y: frame.y + dy, width: 160, height: 160 });

describe('priorityNeeds', () => {
  it('reads the notes of the needs map’s « 3 besoins prioritaires » zone in reading order, lines top to bottom, each left to right', () => {
    const notes = [
      noteIn(zone, 'Garde d’enfants en horaires décalés', 400, 80),
      noteIn(zone, 'Transport à la demande', 20, 300),
      // a little lower than its neighbour, still on the first line
      noteIn(zone, 'Logement des saisonniers', 200, 100),
    ];
    expect(priorityNeeds(map, notes)).toEqual(['Logement des saisonniers', 'Garde d’enfants en horaires décalés', 'Transport à la demande']);
  });

  it('ignores notes outside the zone — in a theme, in the emerging needs, or only overlapping its edge — and empty notes', () => {
    const mobility = map.find((f) => f.title === 'Mobilité durable')!;
    const notes = [
      noteIn(mobility, 'Covoiturage', 20, 80),
      noteIn(emerging, 'Tiers-lieu numérique', 20, 80),
      // its centre is 20 left of the zone
      noteIn(zone, 'À cheval', -100, 80),
      noteIn(zone, '   \n ', 20, 80),
      noteIn(zone, 'Épicerie\nsolidaire   mobile', 200, 80),
    ];
    expect(priorityNeeds(map, notes)).toEqual(['Épicerie solidaire mobile']);
  });

  it('gives no need when the zone is empty or the board has no such zone', () => {
    expect(priorityNeeds(map, [])).toEqual([]);
    const others = map.filter((f) => f !== zone);
    expect(priorityNeeds(others, [noteIn(zone, 'Sans zone', 20, 80)])).toEqual([]);
  });

  it(`keeps at most ${PRIORITY_NEEDS_MAX}, the first in reading order`, () => {
    const notes = Array.from({ length: 8 }, (_, i) => noteIn(zone, `Besoin ${i + 1}`, 20 + (i % 4) * 170, 70 + Math.floor(i / 4) * 180));
    expect(priorityNeeds(map, notes.reverse())).toEqual(['Besoin 1', 'Besoin 2', 'Besoin 3', 'Besoin 4', 'Besoin 5']);
  });

  it('finds the zone whatever its accents, case and spaces, and in English', () => {
    for (const title of ['3 Besoins  Prioritaires', '3\u00a0besoins prioritaires', '3 BÉSOINS PRIORITAIRES', '3 priority needs']) {
      expect(isPriorityNeedsZone({ title }), title).toBe(true);
    }
    for (const title of ['Besoins émergents (1 à 2)', '3 besoins', 'Besoins prioritaires 3', '']) expect(isPriorityNeedsZone({ title }), title).toBe(false);
    const renamed = { ...zone, title: '3 BESOINS PRIORITAIRES' };
    expect(priorityNeeds([renamed], [noteIn(renamed, 'Accès aux soins', 20, 80)])).toEqual(['Accès aux soins']);
  });
});

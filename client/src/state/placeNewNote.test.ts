import { describe, expect, it } from 'vitest';
import { NEW_NOTE_OFFSET, freeSpotNear } from './placeNewNote';

const noteCentredOn = (x: number, y: number) => ({ x: x - 80, y: y - 80, width: 160, height: 160 });

describe('freeSpotNear', () => {
  it('uses the wanted point when it is free', () => {
    expect(freeSpotNear([noteCentredOn(500, 500)], { x: 100.4, y: 200 })).toEqual({ x: 100, y: 200 });
  });

  it('steps aside from every note already centred there', () => {
    const notes = [noteCentredOn(0, 0), noteCentredOn(NEW_NOTE_OFFSET, NEW_NOTE_OFFSET)];
    expect(freeSpotNear(notes, { x: 0, y: 0 })).toEqual({ x: 2 * NEW_NOTE_OFFSET, y: 2 * NEW_NOTE_OFFSET });
  });
});

import { describe, expect, it } from 'vitest';
import { editorPlacement, READABLE_FONT_PX } from './editorPlacement';
import { NOTE_FONT_SIZE } from './noteStyle';

const note = { x: 100, y: 200, width: 160, height: 160 };
const area = { width: 1280, height: 700 };

describe('editorPlacement', () => {
  it('edits in place, at the canvas zoom, when the note is readable there', () => {
    expect(editorPlacement(note, { x: 10, y: 20, scale: 1.5 }, area, false)).toEqual({ mode: 'inPlace', left: 160, top: 320, scale: 1.5 });
  });

  it('enlarges a note too small to read to a readable size, centred where it is', () => {
    const placed = editorPlacement(note, { x: 300, y: 100, scale: 0.4 }, area, false);
    expect(placed).toMatchObject({ mode: 'enlarged' });
    if (placed.mode === 'sheet') return;
    expect(NOTE_FONT_SIZE * placed.scale).toBeGreaterThanOrEqual(READABLE_FONT_PX);
    // the note's centre on screen is (300 + 180 * 0.4, 100 + 280 * 0.4)
    expect(placed.left + (note.width * placed.scale) / 2).toBeCloseTo(372);
    expect(placed.top + (note.height * placed.scale) / 2).toBeCloseTo(212);
  });

  it('keeps an enlarged editor inside the board area', () => {
    const placed = editorPlacement({ ...note, x: -2000, y: 5000 }, { x: 0, y: 0, scale: 0.2 }, area, false);
    if (placed.mode === 'sheet') throw new Error('no sheet on a desktop');
    expect(placed.left).toBe(8);
    expect(placed.top).toBe(area.height - note.height * placed.scale - 8);
  });

  it('uses the sheet on a phone, whatever the zoom', () => {
    for (const scale of [0.1, 1, 3]) expect(editorPlacement(note, { x: 0, y: 0, scale }, area, true)).toEqual({ mode: 'sheet' });
  });
});

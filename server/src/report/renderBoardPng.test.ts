import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { NOTE_COLOR_FILLS } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { boardPngSize, renderBoardPng } from './renderBoardPng.js';
import { reportArtifactsDir } from './reportArtifacts.js';
import { sampleReport } from './reportFixture.js';

/** Width and height from a PNG's header (IHDR), after checking its signature. */
function pngHeader(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height).data;
}

function countColour(data: Uint8ClampedArray, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r!) < 3 && Math.abs(data[i + 1]! - g!) < 3 && Math.abs(data[i + 2]! - b!) < 3) n++;
  return n;
}

describe('renderBoardPng', () => {
  const report = sampleReport({ notes: 30 });
  const room = report.rooms[1]!;

  it('draws the whole board on white at the size it announces, notes in their colours', async () => {
    const size = boardPngSize(room, 0.5);
    const png = renderBoardPng(room, { scale: 0.5, lang: 'fr', anonymous: false });
    writeFileSync(join(reportArtifactsDir(), 'board-mobilite-0.5.png'), png);
    expect(pngHeader(png)).toEqual(size);
    const data = await pixels(png);
    // the corner is the white margin; yellow and blue notes are painted with their palette fills
    expect([data[0], data[1], data[2]]).toEqual([255, 255, 255]);
    expect(countColour(data, NOTE_COLOR_FILLS.yellow.fill)).toBeGreaterThan(1000);
    expect(countColour(data, NOTE_COLOR_FILLS.blue.fill)).toBeGreaterThan(1000);
  });

  it('grows with the scale', () => {
    const small = pngHeader(renderBoardPng(room, { scale: 0.25, lang: 'fr', anonymous: false }));
    const large = pngHeader(renderBoardPng(room, { scale: 1, lang: 'en', anonymous: false }));
    expect(large.width / small.width).toBeCloseTo(4, 1);
    expect(large.height / small.height).toBeCloseTo(4, 1);
  });

  it('prints no author in an anonymous workshop, even when the room report carries the names', async () => {
    const named = await pixels(renderBoardPng(room, { scale: 1, lang: 'fr', anonymous: false }));
    const hidden = await pixels(renderBoardPng(room, { scale: 1, lang: 'fr', anonymous: true }));
    // the same room with every author's name taken out of its report
    const stripped = JSON.parse(JSON.stringify(room, (key, value: unknown) => (key === 'author' ? undefined : value))) as typeof room;
    const nameless = await pixels(renderBoardPng(stripped, { scale: 1, lang: 'fr', anonymous: true }));
    expect(Buffer.from(hidden).equals(Buffer.from(named))).toBe(false);
    expect(Buffer.from(hidden).equals(Buffer.from(nameless))).toBe(true);
  });

  it('gives an empty board a small valid picture', () => {
    const empty = report.rooms[2]!;
    expect(empty.empty).toBe(true);
    const png = renderBoardPng(empty, { scale: 1, lang: 'fr', anonymous: false });
    writeFileSync(join(reportArtifactsDir(), 'board-empty.png'), png);
    expect(pngHeader(png)).toEqual(boardPngSize(empty, 1));
  });
});

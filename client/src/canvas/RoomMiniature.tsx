import { boundsOf, NOTE_COLOR_FILLS, type Frame, type Note } from '@essaim/shared';
import { useEffect, useRef, useState } from 'react';
import { miniatureView, toMiniature, type MiniatureView } from './miniatureView';
import { withAlpha, ZONE_FILL_OPACITY } from './zoneStyle';

const BACKGROUND = '#fbfaf7';
const TEXT_INK = 'rgba(31, 35, 40, 0.35)';

/** A hint of the text: up to three grey lines, fewer for a short note. */
function drawTextLines(ctx: CanvasRenderingContext2D, r: { x: number; y: number; width: number; height: number }, length: number) {
  const lines = Math.min(3, Math.ceil(length / 18));
  ctx.fillStyle = TEXT_INK;
  for (let i = 0; i < lines; i++) {
    const width = r.width * (i === lines - 1 ? 0.45 : 0.76);
    ctx.fillRect(r.x + r.width * 0.12, r.y + r.height * (0.24 + i * 0.15), width, Math.max(1, r.height * 0.05));
  }
}

/** Height (board units) of a zone's title band in small: the band near, without its text. */
const ZONE_BAND = 60;

/** The zones under the notes: a light fill of their colour, a band where the title is, a border. */
function drawZones(ctx: CanvasRenderingContext2D, view: MiniatureView, frames: readonly Frame[]) {
  for (const frame of frames) {
    const r = toMiniature(view, frame);
    const { fill, stroke } = NOTE_COLOR_FILLS[frame.color];
    ctx.fillStyle = withAlpha(fill, ZONE_FILL_OPACITY);
    ctx.fillRect(r.x, r.y, r.width, r.height);
    ctx.fillStyle = fill;
    ctx.fillRect(r.x, r.y, r.width, Math.min(r.height, Math.max(1, ZONE_BAND * view.scale)));
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1;
    ctx.strokeRect(r.x + 0.5, r.y + 0.5, Math.max(0, r.width - 1), Math.max(0, r.height - 1));
  }
}

/**
 * A room board in small: its zones, and every note as a coloured rectangle over them, the whole
 * board fitted to the box — so a board started from a template shows its zones before anyone
 * writes. A plain 2D canvas, redrawn when they change; nothing on it is interactive.
 */
export function RoomMiniature({ notes, frames }: { notes: readonly Note[]; frames: readonly Frame[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.contentRect.width);
      const height = Math.round(entry.contentRect.height);
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || size.width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = size.width * ratio;
    el.height = size.height * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, size.width, size.height);
    const view = miniatureView(boundsOf([...frames, ...notes]), size);
    drawZones(ctx, view, frames);
    for (const note of notes) {
      const r = toMiniature(view, note);
      const { fill, stroke } = NOTE_COLOR_FILLS[note.color];
      ctx.fillStyle = fill;
      ctx.fillRect(r.x, r.y, r.width, r.height);
      if (note.room) {
        ctx.fillStyle = note.room.color;
        ctx.fillRect(r.x, r.y, r.width, Math.max(1, r.height * 0.14));
      }
      if (r.width >= 16 && note.text.trim()) drawTextLines(ctx, r, note.text.length);
      if (r.width >= 4) {
        ctx.strokeStyle = stroke;
        ctx.lineWidth = 1;
        ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.width - 1, r.height - 1);
      }
    }
  }, [notes, frames, size]);

  return <canvas ref={canvas} className="room-miniature-canvas" aria-hidden="true" />;
}

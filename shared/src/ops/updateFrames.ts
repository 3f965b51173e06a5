import type * as Y from 'yjs';
import { boardMaps } from '../schema/boardMaps.js';
import { frameHoldsNote, frameType, type Frame } from '../schema/Frame.js';
import { noteType } from '../schema/Note.js';
import { patchEntries } from './patchEntries.js';

export type FramePatch = Partial<Omit<Frame, 'id'>>;

const rounded = (patch: FramePatch): FramePatch => {
  const next = { ...patch };
  for (const k of ['x', 'y', 'width', 'height'] as const) if (next[k] !== undefined) next[k] = Math.round(next[k]);
  return next;
};

/** Renames, recolours, resizes, locks or unlocks zones in one transaction; returns how many changed. */
export function updateFrames(doc: Y.Doc, patches: ReadonlyMap<string, FramePatch>): number {
  const { frames } = boardMaps(doc);
  let changed = 0;
  doc.transact(() => {
    changed = patchEntries(frames, frameType, patches, (frame, patch) => ({ ...frame, ...rounded(patch) }));
  });
  return changed;
}

/** The ids of the notes lying in the zone (by their centre), as the board stands. */
export function notesInFrame(doc: Y.Doc, frame: Frame): string[] {
  const ids: string[] = [];
  for (const [id, value] of boardMaps(doc).notes.entries()) {
    const note = noteType.parse(value);
    if (note && frameHoldsNote(frame, note)) ids.push(id);
  }
  return ids;
}

/**
 * Moves a zone and the notes lying in it by (dx, dy), in one change; `noteIds` are the notes
 * that were in it when the drag began (the caller's; by default the ones in it now). Notes the
 * caller may not move are left out by the caller.
 */
export function moveFrame(doc: Y.Doc, id: string, dx: number, dy: number, now: number, noteIds?: readonly string[]): boolean {
  const { frames, notes } = boardMaps(doc);
  const frame = frameType.parse(frames.get(id));
  if (!frame) return false;
  const carried = noteIds ?? notesInFrame(doc, frame);
  const shift = { x: Math.round(dx), y: Math.round(dy) };
  doc.transact(() => {
    patchEntries(frames, frameType, new Map([[id, shift]]), (f, d) => ({ ...f, x: f.x + d.x, y: f.y + d.y }));
    patchEntries(notes, noteType, new Map(carried.map((n) => [n, shift])), (n, d) => ({ ...n, x: n.x + d.x, y: n.y + d.y, updatedAt: now }));
  });
  return true;
}

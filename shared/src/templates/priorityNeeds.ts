import type * as Y from 'yjs';
import { readingOrder } from '../geometry/readingOrder.js';
import { readNotes } from '../ops/readNotes.js';
import { boardMaps } from '../schema/boardMaps.js';
import { frameHoldsNote, parseFrame, type Frame } from '../schema/Frame.js';
import type { Note } from '../schema/Note.js';

/** The most needs the solutions step brings from a needs map: the room picks 3, a few more still fit beside it. */
export const PRIORITY_NEEDS_MAX = 5;

/** Titles of the needs map's zone where a room puts its priority needs (`carteDesBesoins`), as `foldTitle` reads them. */
const PRIORITY_ZONE_TITLES = ['3 besoins prioritaires', '3 priority needs'].map(foldTitle);

/** A zone title without accents, case or spaces: « 3 Besoins  prioritaires » and « 3 besoins prioritaires » read alike. */
export function foldTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Whether the zone is where a needs map keeps the room's priority needs. */
export function isPriorityNeedsZone(frame: Pick<Frame, 'title'>): boolean {
  return PRIORITY_ZONE_TITLES.includes(foldTitle(frame.title));
}

type NoteLike = Pick<Note, 'text' | 'x' | 'y' | 'width' | 'height'>;

/**
 * The room's priority needs: the texts of the notes lying in a « 3 besoins prioritaires » zone
 * (by their centre), in reading order, on one line each, at most `PRIORITY_NEEDS_MAX`. Empty notes
 * are no need.
 */
export function priorityNeeds(frames: readonly Frame[], notes: readonly NoteLike[]): string[] {
  const zones = frames.filter(isPriorityNeedsZone);
  const held = notes
    .filter((n) => zones.some((z) => frameHoldsNote(z, n)))
    .map((n) => ({ rect: n, text: n.text.replace(/\s+/g, ' ').trim() }))
    .filter((n) => n.text !== '');
  return readingOrder(held.map((n) => n.rect))
    .slice(0, PRIORITY_NEEDS_MAX)
    .map((i) => held[i]!.text);
}

/** `priorityNeeds` of a board document. */
export function priorityNeedsOf(doc: Y.Doc): string[] {
  const frames = [...boardMaps(doc).frames.values()].map(parseFrame).filter((f): f is Frame => f !== null);
  return priorityNeeds(frames, readNotes(doc));
}

import { readingOrder } from '../geometry/readingOrder.js';
import type { Rect } from '../geometry/Rect.js';
import { frameHoldsNote, type Frame } from '../schema/Frame.js';
import type { Group } from '../schema/Group.js';
import type { Note } from '../schema/Note.js';

/** A board's notes sorted out for the report: by zone, by cluster, and those in neither. */
export interface NoteSections {
  /** every zone in reading order, with the notes lying in it (in reading order) */
  zones: { frame: Frame; notes: Note[] }[];
  /** every cluster with at least one member, in the order their first members are read; members in reading order */
  clusters: { group: Group; notes: Note[] }[];
  /** notes in no zone and no cluster, in reading order */
  loose: Note[];
}

/** `items` in reading order (lines top to bottom, each left to right). */
export function inReadingOrder<T extends Rect>(items: readonly T[]): T[] {
  return readingOrder(items).map((i) => items[i]!);
}

const area = (f: Frame): number => f.width * f.height;

/**
 * Sorts the notes into zones (a note in nested or overlapping zones goes to the smallest that
 * holds its centre), clusters (a `groupId` naming a cluster of the board) and the rest.
 * Zones × notes, then a sort per part: linear enough for thousands of notes.
 */
export function noteSections(notes: readonly Note[], frames: readonly Frame[], groups: readonly Group[]): NoteSections {
  const zones = inReadingOrder(frames).map((frame) => ({ frame, notes: [] as Note[] }));
  const groupsById = new Map(groups.map((g) => [g.id, g]));
  const members = new Map<string, Note[]>();
  const loose: Note[] = [];
  for (const note of notes) {
    let zone: (typeof zones)[number] | undefined;
    for (const z of zones) if (frameHoldsNote(z.frame, note) && (!zone || area(z.frame) < area(zone.frame))) zone = z;
    zone?.notes.push(note);
    const group = note.groupId ? groupsById.get(note.groupId) : undefined;
    if (group) {
      const list = members.get(group.id);
      if (list) list.push(note);
      else members.set(group.id, [note]);
    }
    if (!zone && !group) loose.push(note);
  }
  const read = new Map<Note, number>();
  readingOrder(notes).forEach((index, rank) => read.set(notes[index]!, rank));
  const firstRead = (list: readonly Note[]): number => list.reduce((min, n) => Math.min(min, read.get(n)!), Infinity);
  const clusters = [...members]
    .map(([id, list]) => ({ group: groupsById.get(id)!, notes: inReadingOrder(list), first: firstRead(list) }))
    .sort((a, b) => a.first - b.first)
    .map(({ group, notes: list }) => ({ group, notes: list }));
  return { zones: zones.map((z) => ({ frame: z.frame, notes: inReadingOrder(z.notes) })), clusters, loose: inReadingOrder(loose) };
}

import type * as Y from 'yjs';
import { arrangeGrid } from '../geometry/arrangeGrid.js';
import type { Point } from '../geometry/pinch.js';
import { boundsOf } from '../geometry/Rect.js';
import { boardMaps } from '../schema/boardMaps.js';
import { linkType, type Link, type LinkKind } from '../schema/Link.js';
import { clampBoardCoordinate, NOTE_DEFAULT_SIZE, NOTE_MAX_TEXT, type Note } from '../schema/Note.js';
import { DEFAULT_NOTE_COLOR, type NoteColor } from '../schema/noteColors.js';
import type { NoteContext } from './NoteContext.js';

/** A copied note: what a copy keeps of it (not its author, time, cluster or room). */
export interface ClipNote {
  /** the copied note's id, which the copied links name */
  key: string;
  text: string;
  color: NoteColor;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ClipLink {
  from: string;
  to: string;
  kind: LinkKind;
  label?: string;
}

/** What « Copier » holds: notes and the links between them, at the places they had. */
export interface NoteClip {
  notes: ClipNote[];
  links: ClipLink[];
}

/** Notes a paste of plain text may create at once (one per line). */
export const PASTE_MAX_NOTES = 200;

/** The notes `ids` and the links joining two of them. */
export function copyNotes(notes: readonly Note[], links: readonly Link[], ids: ReadonlySet<string>): NoteClip {
  const copied = notes.filter((n) => ids.has(n.id));
  const kept = new Set(copied.map((n) => n.id));
  return {
    notes: copied.map((n) => ({ key: n.id, text: n.text, color: n.color, x: n.x, y: n.y, width: n.width, height: n.height })),
    links: links
      .filter((l) => kept.has(l.from) && kept.has(l.to))
      .map((l) => ({ from: l.from, to: l.to, kind: l.kind, ...(l.label ? { label: l.label } : {}) })),
  };
}

/** The clip as plain text for other applications: one note per line. */
export function clipText(clip: NoteClip): string {
  return clip.notes.map((n) => n.text.replace(/\s*\n\s*/g, ' ').trim()).join('\n');
}

/** Plain text pasted from elsewhere: one note per non-empty line, tidied into a grid. */
export function clipFromText(text: string, color: NoteColor = DEFAULT_NOTE_COLOR): NoteClip {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, PASTE_MAX_NOTES);
  const size = { x: 0, y: 0, width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE };
  // laid out in a line first: the grid then takes them in that reading order
  const places = arrangeGrid(lines.map((_, i) => ({ ...size, x: i * NOTE_DEFAULT_SIZE * 2 })));
  return {
    notes: lines.map((line, i) => ({ key: `line-${i}`, text: line.slice(0, NOTE_MAX_TEXT), color, ...size, ...places[i]! })),
    links: [],
  };
}

/** The new entries a paste writes: fresh ids, this user as author, the clip's bounds centred on `centre`. */
export function planPaste(clip: NoteClip, centre: Point, newId: () => string, ctx: NoteContext): { notes: Note[]; links: Link[] } {
  const bounds = boundsOf(clip.notes);
  if (!bounds) return { notes: [], links: [] };
  const dx = centre.x - (bounds.x + bounds.width / 2);
  const dy = centre.y - (bounds.y + bounds.height / 2);
  const ids = new Map<string, string>();
  const notes = clip.notes.map((n): Note => {
    const id = newId();
    ids.set(n.key, id);
    return {
      id,
      text: n.text,
      color: n.color,
      x: clampBoardCoordinate(Math.round(n.x + dx)),
      y: clampBoardCoordinate(Math.round(n.y + dy)),
      width: n.width,
      height: n.height,
      authorId: ctx.authorId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
  });
  const links: Link[] = [];
  for (const l of clip.links) {
    const from = ids.get(l.from);
    const to = ids.get(l.to);
    const link = from && to ? linkType.parse({ id: newId(), from, to, kind: l.kind, ...(l.label ? { label: l.label } : {}) }) : null;
    if (link) links.push(link);
  }
  return { notes, links };
}

/** Writes a planned paste (notes first, then their links) in one transaction. */
export function pasteNotes(doc: Y.Doc, planned: { notes: readonly Note[]; links: readonly Link[] }): void {
  const maps = boardMaps(doc);
  doc.transact(() => {
    for (const note of planned.notes) maps.notes.set(note.id, note);
    for (const link of planned.links) maps.links.set(link.id, link);
  });
}

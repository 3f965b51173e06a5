import {
  createNote,
  deleteNotes,
  setBoardPolicy,
  updateNote,
  type BoardPolicy,
  updateNotes,
  type NoteColor,
  type NotePatch,
  type Point,
  type Rect,
} from '@essaim/shared';
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';

/** Every write to the board document; each is one shared operation, so one transaction. */
export interface BoardActions {
  /** Creates a note centred on `center` (with its text, when written beforehand) and returns its id. */
  createNote(center: Point, color: NoteColor, text?: string): string;
  setText(id: string, text: string): void;
  setColor(ids: Iterable<string>, color: NoteColor): void;
  moveNotes(positions: ReadonlyMap<string, Point>): void;
  resizeNotes(rects: ReadonlyMap<string, Rect>): void;
  deleteNotes(ids: Iterable<string>): number;
  /** Facilitators: the board's rules (lock, who edits and moves what) in its `meta`. */
  setPolicy(patch: Partial<BoardPolicy>): BoardPolicy;
}

export function createBoardActions(doc: Y.Doc, authorId: string): BoardActions {
  const patchAll = (patches: Map<string, NotePatch>) => {
    if (patches.size > 0) updateNotes(doc, patches, Date.now());
  };
  return {
    createNote(center, color, text) {
      return createNote(doc, { id: nanoid(), x: center.x, y: center.y, color, ...(text ? { text } : {}) }, { authorId, now: Date.now() }).id;
    },
    setText(id, text) {
      updateNote(doc, id, { text }, Date.now());
    },
    setColor(ids, color) {
      patchAll(new Map([...ids].map((id) => [id, { color }])));
    },
    moveNotes(positions) {
      patchAll(new Map([...positions].map(([id, p]) => [id, { x: p.x, y: p.y }])));
    },
    resizeNotes(rects) {
      patchAll(new Map([...rects].map(([id, r]) => [id, { x: r.x, y: r.y, width: r.width, height: r.height }])));
    },
    deleteNotes(ids) {
      return deleteNotes(doc, ids);
    },
    setPolicy(patch) {
      return setBoardPolicy(doc, patch);
    },
  };
}

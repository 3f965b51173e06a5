import {
  createFrame,
  createLabel,
  createNote,
  deleteFrames,
  deleteLabels,
  deleteNotes,
  moveFrame,
  setCategories,
  updateFrames,
  updateLabels,
  type FramePatch,
  type LabelPatch,
  setBoardPolicy,
  updateNote,
  type BoardPolicy,
  type Category,
  updateNotes,
  type NoteColor,
  type NotePatch,
  type Point,
  type Rect,
} from '@essaim/shared';
import { nanoid } from 'nanoid';
import type * as Y from 'yjs';
import { createArrangeActions, type ArrangeActions } from './arrangeActions';
import { createClusterActions, type ClusterActions } from './clusterActions';
import { createLinkActions, type LinkActions } from './linkActions';

/** Every write to the board document; each is one shared operation, so one transaction. */
export interface BoardActions extends ArrangeActions, LinkActions, ClusterActions {
  /** Creates a note centred on `center` (with its text, when written beforehand) and returns its id. */
  createNote(center: Point, color: NoteColor, text?: string, height?: number): string;
  /** the text, and the note's new height in the same change when the text needs it to grow */
  setText(id: string, text: string, height?: number): void;
  /** a category of the board for these notes, or null: none */
  setCategory(ids: Iterable<string>, categoryId: string | null): void;
  /** Facilitators: the board's categories, the whole list at once. */
  setCategories(list: readonly Category[]): Category[];
  /** Several of these writes as one change: one update for the others, one step of undo. */
  transact(write: () => void): void;
  setColor(ids: Iterable<string>, color: NoteColor): void;
  moveNotes(positions: ReadonlyMap<string, Point>): void;
  resizeNotes(rects: ReadonlyMap<string, Rect>): void;
  deleteNotes(ids: Iterable<string>): number;
  /** Facilitators: the board's rules (lock, who edits and moves what) in its `meta`. */
  setPolicy(patch: Partial<BoardPolicy>): BoardPolicy;
  /** Facilitators: a zone over `rect`, returns its id. */
  createFrame(rect: Rect, fields?: FramePatch): string;
  /** Renames, recolours, resizes, locks or unlocks zones. */
  updateFrames(patches: ReadonlyMap<string, FramePatch>): void;
  /** Moves a zone by (dx, dy) with the notes `noteIds` (those that lay in it when the move began), in one change. */
  moveFrame(id: string, dx: number, dy: number, noteIds: readonly string[]): void;
  /** Deletes zones; their notes stay. */
  deleteFrames(ids: Iterable<string>): number;
  /** Facilitators: a heading whose first line starts at `at`, returns its id. */
  createLabel(at: Point, text: string, fields?: LabelPatch): string;
  updateLabels(patches: ReadonlyMap<string, LabelPatch>): void;
  deleteLabels(ids: Iterable<string>): number;
}

export function createBoardActions(doc: Y.Doc, authorId: string): BoardActions {
  const patchAll = (patches: Map<string, NotePatch>) => {
    if (patches.size > 0) updateNotes(doc, patches, Date.now());
  };
  return {
    ...createArrangeActions(doc, authorId),
    ...createLinkActions(doc),
    ...createClusterActions(doc),
    createNote(center, color, text, height) {
      return createNote(doc, { id: nanoid(), x: center.x, y: center.y, color, ...(text ? { text } : {}), ...(height ? { height } : {}) }, { authorId, now: Date.now() }).id;
    },
    setText(id, text, height) {
      updateNote(doc, id, height === undefined ? { text } : { text, height }, Date.now());
    },
    setCategory(ids, categoryId) {
      patchAll(new Map([...ids].map((id) => [id, { categoryId }])));
    },
    setCategories(list) {
      return setCategories(doc, list);
    },
    transact(write) {
      doc.transact(write);
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
    createFrame(rect, fields) {
      return createFrame(doc, { ...fields, id: nanoid(), x: rect.x, y: rect.y, width: rect.width, height: rect.height }).id;
    },
    updateFrames(patches) {
      if (patches.size > 0) updateFrames(doc, patches);
    },
    moveFrame(id, dx, dy, noteIds) {
      moveFrame(doc, id, dx, dy, Date.now(), noteIds);
    },
    deleteFrames(ids) {
      return deleteFrames(doc, ids);
    },
    createLabel(at, text, fields) {
      return createLabel(doc, { ...fields, id: nanoid(), text, x: at.x, y: at.y }).id;
    },
    updateLabels(patches) {
      if (patches.size > 0) updateLabels(doc, patches);
    },
    deleteLabels(ids) {
      return deleteLabels(doc, ids);
    },
  };
}

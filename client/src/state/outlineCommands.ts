import {
  BOARD_MAP_NAMES,
  boundsOf,
  clampBoardCoordinate,
  frameHoldsNote,
  freeSpotNear,
  linkedNoteSpot,
  NOTE_DEFAULT_SIZE,
  NOTE_GAP,
  panToShow,
  screenToBoard,
  type EntryChange,
  type Frame,
  type Link,
  type Note,
  type Point,
} from '@essaim/shared';
import { nanoid } from 'nanoid';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import type { BoardServices } from './BoardServices';
import { reasonMessage } from './refusalMessage';
import { selectOnly } from './selection';

/** What the outline asks of the board: add notes where it says, show a note on the canvas. */

const SIZE = { width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE };
/** room left under a zone's top edge, where its title is drawn */
const ZONE_TITLE = 48;

/** Selects the note and, unless it is already well in view, centres the canvas on it (the outline's and the search's « show »). */
export function revealNote(board: Pick<BoardServices, 'notes' | 'selection' | 'viewport' | 'stageSize'>, id: string): void {
  const note = board.notes.get(id);
  if (!note) return;
  board.selection.set((s) => selectOnly(s, id));
  const screen = board.stageSize.get();
  if (screen.width === 0 || screen.height === 0) return;
  // centred rather than brought to an edge, where the toolbar or the search would cover it
  board.viewport.set((v) =>
    panToShow(v, note, screen, 96) === v
      ? v
      : { ...v, x: Math.round(screen.width / 2 - (note.x + note.width / 2) * v.scale), y: Math.round(screen.height / 2 - (note.y + note.height / 2) * v.scale) },
  );
}

/** A new empty note of this user centred on `centre`, as `createNote` would write it, ready for the rights check. */
function plannedNote(board: BoardServices, centre: Point, groupId?: string): Note {
  const now = Date.now();
  return {
    id: nanoid(),
    text: '',
    color: board.ui.get().color,
    x: clampBoardCoordinate(Math.round(centre.x - SIZE.width / 2)),
    y: clampBoardCoordinate(Math.round(centre.y - SIZE.height / 2)),
    ...SIZE,
    authorId: board.actor.participantId,
    createdAt: now,
    updatedAt: now,
    ...(groupId ? { groupId } : {}),
  };
}

/**
 * Centre of a free spot inside the zone, filled in reading order from its top-left corner; the
 * zone's centre when it is full (the note then overlaps another, but lies in the zone).
 */
export function spotInZone(notes: readonly Note[], frame: Frame): Point {
  const half = NOTE_DEFAULT_SIZE / 2;
  const first = { x: frame.x + NOTE_GAP + half, y: frame.y + Math.min(ZONE_TITLE, frame.height / 4) + half };
  const spot = freeSpotNear(notes, first, SIZE, 8);
  const inside = (p: Point) => p.x - half >= frame.x && p.x + half <= frame.x + frame.width && p.y + half <= frame.y + frame.height;
  if (inside(spot) && frameHoldsNote(frame, { x: spot.x - half, y: spot.y - half, ...SIZE })) return spot;
  return { x: Math.round(frame.x + frame.width / 2), y: Math.round(frame.y + frame.height / 2) };
}

/** A new note for a zone (`null`: « Hors zone », near the middle of the view) or a cluster (beside its notes). */
export function planNote(board: BoardServices, where: { frame: Frame | null } | { groupId: string; members: readonly Note[] }): Note {
  const notes = board.notes.getSnapshot();
  if ('groupId' in where) {
    const b = boundsOf(where.members);
    const wanted = b ? { x: b.x + b.width + NOTE_GAP + NOTE_DEFAULT_SIZE / 2, y: b.y + NOTE_DEFAULT_SIZE / 2 } : screenCentre(board);
    return plannedNote(board, freeSpotNear(notes, wanted, SIZE), where.groupId);
  }
  return plannedNote(board, where.frame ? spotInZone(notes, where.frame) : freeSpotNear(notes, screenCentre(board), SIZE));
}

/** Where adding is asked about before the button is offered: the zone's centre, or on a cluster's note; no search for room. */
export function probeNote(board: BoardServices, where: { frame: Frame | null } | { groupId: string; members: readonly Note[] }): Note {
  if ('groupId' in where) {
    const first = where.members[0];
    return plannedNote(board, first ? { x: first.x + first.width / 2, y: first.y + first.height / 2 } : screenCentre(board), where.groupId);
  }
  const f = where.frame;
  return plannedNote(board, f ? { x: f.x + f.width / 2, y: f.y + f.height / 2 } : screenCentre(board));
}

function screenCentre(board: BoardServices): Point {
  const { width, height } = board.stageSize.get();
  return screenToBoard(board.viewport.get(), { x: width / 2, y: height / 2 });
}

const noteChange = (note: Note): EntryChange => ({ map: BOARD_MAP_NAMES.notes, key: note.id, before: undefined, after: note });

/** Why the rules (the server's) refuse this new note, or null. */
export function refusalOfNote(board: BoardServices, note: Note): string | null {
  return board.permits([noteChange(note)]);
}

function sayNo(board: BoardServices, reason: string): null {
  const { key, values } = reasonMessage(board.actor, board.policy.get(), reason);
  toast.info(translate(key, values), { id: 'rights' });
  return null;
}

/** Writes a planned note if the rules accept it (else says why); its id. */
export function addPlannedNote(board: BoardServices, note: Note): string | null {
  const reason = refusalOfNote(board, note);
  if (reason) return sayNo(board, reason);
  board.actions.putEntries({ notes: [note], links: [] });
  return note.id;
}

/** The new note and link « Ajouter une cause / une conséquence » would write, for the rights check. */
function plannedLinked(board: BoardServices, parent: Note, kind: 'cause' | 'consequence', place: boolean): EntryChange[] {
  // a probe (to offer the button) sits one level off the parent without looking for room: cheap on every render
  const step = (kind === 'cause' ? 1 : -1) * (parent.height / 2 + NOTE_DEFAULT_SIZE);
  const centre = place ? linkedNoteSpot(board.notes.getSnapshot(), parent, kind) : { x: parent.x + parent.width / 2, y: parent.y + parent.height / 2 + step };
  const note = { ...plannedNote(board, centre), color: parent.color };
  const link: Link = kind === 'cause' ? { id: nanoid(), from: note.id, to: parent.id, kind } : { id: nanoid(), from: parent.id, to: note.id, kind };
  return [noteChange(note), { map: BOARD_MAP_NAMES.links, key: link.id, before: undefined, after: link }];
}

/** Why a cause or a consequence cannot be added to this note, or null. */
export function refusalOfLinked(board: BoardServices, parentId: string, kind: 'cause' | 'consequence', place = false): string | null {
  const parent = board.notes.get(parentId);
  return parent ? board.permits(plannedLinked(board, parent, kind, place)) : 'gone';
}

/** A new note linked to `parentId` as its cause or consequence (placed by the shared `addLinkedNote`); its id. */
export function addLinkedFromOutline(board: BoardServices, parentId: string, kind: 'cause' | 'consequence'): string | null {
  const reason = refusalOfLinked(board, parentId, kind, true);
  if (reason) return sayNo(board, reason);
  return board.actions.addLinkedNote(parentId, kind);
}

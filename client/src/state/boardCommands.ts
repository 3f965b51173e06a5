import { boundsOf, labelBounds, fitToContent, freeSpotNear, NOTE_DEFAULT_SIZE, panToShow, rectsIntersect, screenToBoard, zoomAt, type NoteColor, type Point, type Rect } from '@essaim/shared';
import { noteHeightFor } from '../canvas/noteTextBox';
import type { BoardServices } from './BoardServices';
import { newNoteRefusal, noteMoveRefusal, showMoveRefusal } from './moveRefusal';
import { recolourSelectedEntries } from './selectedEntries';
import { canCreateNotes, noteRights, permittedIds, type NoteRights } from './noteRights';
import { selectMany, startEditing } from './selection';

/** What the toolbar, the keyboard and the canvas ask for, written once. */

/** The selected ids this user may change in that way (the server refuses the others). */
export function permittedSelection(board: BoardServices, right: keyof NoteRights): string[] {
  return permittedIds(board.selection.get().ids, right, (id) => board.notes.get(id), board.actor, board.policy.get(), board.reader);
}

export function canEditNote(board: BoardServices, id: string): boolean {
  const note = board.notes.get(id);
  return note !== undefined && noteRights(note, board.actor, board.policy.get(), board.reader).edit;
}

/** A note created by this user opens in the editor right away; null on a locked or read-only board. */
export function createNoteAt(board: BoardServices, center: Point): string | null {
  if (toDrafts(board)) return null;
  if (!canCreateNotes(board.actor, board.policy.get())) return null;
  // a double tap inside a locked zone: say so rather than have the server refuse the board's update
  const refused = newNoteRefusal(board, center);
  if (refused) {
    showMoveRefusal(board, refused);
    return null;
  }
  const id = board.actions.createNote(center, board.ui.get().color);
  board.selection.set((s) => startEditing(s, id));
  return id;
}

export function createNoteAtCentre(board: BoardServices): string | null {
  return createNoteAt(board, freeSpotInView(board));
}

/**
 * A note written whole beforehand (a phone's « Nouvelle note » field), in the colour of new
 * notes, at a free spot of the canvas like the toolbar's, but outside the zones when there is
 * room: written from the list, it was put in no theme, and the zone at the centre of the view
 * would file it under one; the editor stays closed.
 */
export function createWrittenNote(board: BoardServices, text: string): string | null {
  if (toDrafts(board)) return null;
  if (!canCreateNotes(board.actor, board.policy.get())) return null;
  // a long text makes the note taller at once, in the same change
  const size = { text: '', width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE };
  return board.actions.createNote(freeSpotInView(board, true), board.ui.get().color, text, noteHeightFor(size, text));
}

/** What a zone's title band takes at its top, kept free of new notes (board units; a title of up to three lines at 24). */
const ZONE_BAND_ROOM = 120;

/** While this participant writes privately, a new note is an idea for their drafts: the field is brought to hand, nothing is written on the board. */
function toDrafts(board: BoardServices): boolean {
  const drafting = board.drafting.get();
  if (!drafting) return false;
  drafting();
  return true;
}

/** Where a new note goes: inside the zone new notes go to (a participant's pair zone), else a free spot near the centre of the view (outside every zone if `outsideZones` and there is one near), which pans to show it. */
function freeSpotInView(board: BoardServices, outsideZones = false): Point {
  const { width, height } = board.stageSize.get();
  const spot = freeSpotFor(board, outsideZones);
  // On a phone the free spot may be beside the screen: bring the new note into view.
  const half = NOTE_DEFAULT_SIZE / 2;
  board.viewport.set((v) => panToShow(v, { x: spot.x - half, y: spot.y - half, width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE }, { width, height }, 24));
  return spot;
}

function freeSpotFor(board: BoardServices, outsideZones: boolean): Point {
  const size = { width: NOTE_DEFAULT_SIZE, height: NOTE_DEFAULT_SIZE };
  const notes = board.notes.getSnapshot();
  const target = board.newNotesZone.get();
  const zone = target ? board.frames.get(target) : undefined;
  if (zone) {
    // the zone's middle, a little lower, off its band: the title stays readable
    const band = { x: zone.x, y: zone.y - NOTE_DEFAULT_SIZE, width: zone.width, height: NOTE_DEFAULT_SIZE + ZONE_BAND_ROOM };
    return freeSpotNear([...notes, band], { x: zone.x + zone.width / 2, y: zone.y + Math.min(zone.height / 2, 200) + NOTE_DEFAULT_SIZE / 2 }, size);
  }
  const { width, height } = board.stageSize.get();
  const centre = screenToBoard(board.viewport.get(), { x: width / 2, y: height / 2 });
  const frames = board.frames.getSnapshot();
  // participants cannot put a note in a locked zone: it is no free spot for them
  const locked = board.actor.role === 'facilitator' ? [] : frames.filter((f) => f.locked);
  const outside = outsideZones && frames.length > 0 ? freeSpotNear([...notes, ...frames], centre, size, 24) : null;
  const inZone = (p: Point) => frames.some((f) => rectsIntersect(f, { x: p.x - size.width / 2, y: p.y - size.height / 2, ...size }));
  return outside && !inZone(outside) ? outside : freeSpotNear([...notes, ...locked], centre, size);
}

// Deleting asks first for someone else's note or several: see `deleteSelection`.
export { deleteSelection } from './deleteSelection';

export function selectAll(board: BoardServices): void {
  board.selection.set((s) => selectMany(s, board.notes.getSnapshot().map((n) => n.id)));
}

export function editSelection(board: BoardServices): void {
  const { ids } = board.selection.get();
  const [only] = ids;
  if (ids.size === 1 && only !== undefined && canEditNote(board, only)) board.selection.set((s) => startEditing(s, only));
}

export function nudgeSelection(board: BoardServices, dx: number, dy: number): void {
  const positions = new Map<string, Point>();
  for (const id of permittedSelection(board, 'move')) {
    const note = board.notes.get(id);
    if (note) positions.set(id, { x: note.x + dx, y: note.y + dy });
  }
  if (positions.size === 0) return;
  // a note nudged into a locked zone would get the board's update refused by the server
  const refused = noteMoveRefusal(board, positions);
  if (refused) showMoveRefusal(board, refused);
  else board.actions.moveNotes(positions);
}

/** Picks the colour of new notes and repaints the selection with it. */
export function applyColor(board: BoardServices, color: NoteColor): void {
  board.ui.set((ui) => (ui.color === color ? ui : { ...ui, color }));
  const ids = permittedSelection(board, 'edit');
  if (ids.length > 0) board.actions.setColor(ids, color);
  recolourSelectedEntries(board, color);
}

export const ZOOM_STEP = 1.25;

/** Zooms around the centre of the screen. */
export function zoomBy(board: BoardServices, factor: number): void {
  const { width, height } = board.stageSize.get();
  board.viewport.set((v) => zoomAt(v, { x: width / 2, y: height / 2 }, factor));
}

/** Margin of « Ajuster au contenu » on a wide screen, in screen pixels. */
const FIT_PADDING = 80;

export function fitView(board: BoardServices): void {
  // the zones and headings too: a needs map prepared before the workshop has zones and no notes yet
  fitViewTo(board, boundsOf([...board.notes.getSnapshot(), ...board.frames.getSnapshot(), ...board.labels.getSnapshot().map(labelBounds)]));
}

/** Shows one zone whole (« Aller à notre zone »); false when the board has no such zone. */
export function showZone(board: BoardServices, frameId: string): boolean {
  const zone = board.frames.get(frameId);
  if (zone) fitViewTo(board, zone);
  return zone !== undefined;
}

function fitViewTo(board: BoardServices, rect: Rect | null): void {
  // room around for the search field above and the toolbar below, which float over the canvas
  const screen = board.stageSize.get();
  // a phone keeps its small margin: every pixel of a 360 px screen counts for reading the notes
  const padding = Math.min(FIT_PADDING, Math.round(Math.min(screen.width, screen.height) * 0.12));
  board.viewport.set(fitToContent(rect, screen, padding));
}

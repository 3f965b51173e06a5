import { FRAME_DEFAULTS, FRAME_TITLE_MAX, frameHoldsNote, panToShow, type Frame, type FramePatch, type Rect } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { selectEntry } from './selection';
import { newZoneRect } from './zonePlacement';

const PROBE: Frame = { id: 'probe', title: '', x: 0, y: 0, width: FRAME_DEFAULTS.width, height: FRAME_DEFAULTS.height, color: FRAME_DEFAULTS.color };

/** Whether this user may create and change zones and headings (facilitators): asked of the rights table. */
export function mayEditZones(board: Pick<BoardServices, 'permits'>): boolean {
  return board.permits([{ map: 'frames', key: PROBE.id, before: undefined, after: PROBE }]) === null;
}

/** A new zone at a free spot in view, selected, its title open for typing at once; null when not allowed. */
export function createZoneInView(board: BoardServices, title: string): string | null {
  if (!mayEditZones(board)) return null;
  const screen = board.stageSize.get();
  const rect = newZoneRect(board.viewport.get(), screen, [...board.frames.getSnapshot(), ...board.notes.getSnapshot()]);
  const id = board.actions.createFrame(rect, { title: title.slice(0, FRAME_TITLE_MAX), color: FRAME_DEFAULTS.color });
  board.viewport.set((v) => panToShow(v, rect, screen, 24));
  board.selection.set((s) => selectEntry(s, 'frames', id));
  board.textEditing.set({ kind: 'frames', id });
  return id;
}

export function renameZone(board: BoardServices, id: string, title: string): void {
  const frame = board.frames.get(id);
  const next = title.trim().slice(0, FRAME_TITLE_MAX);
  if (frame && frame.title !== next) board.actions.updateFrames(new Map([[id, { title: next }]]));
}

/** The selected zones that still exist. */
export function selectedZones(board: BoardServices): Frame[] {
  return [...board.selection.get().others.frames].flatMap((id) => board.frames.get(id) ?? []);
}

/** Locks the selected zones, or unlocks them when all are locked already. */
export function toggleZonesLock(board: BoardServices): void {
  const zones = selectedZones(board);
  if (zones.length === 0 || !mayEditZones(board)) return;
  const locked = !zones.every((z) => z.locked === true);
  board.actions.updateFrames(new Map(zones.map((z) => [z.id, { locked }])));
}

export function resizeZone(board: BoardServices, id: string, rect: Rect): void {
  board.actions.updateFrames(new Map<string, FramePatch>([[id, { x: rect.x, y: rect.y, width: rect.width, height: rect.height }]]));
}

/** The notes lying in the zone now, by their centre: what a move of the zone carries. */
export function notesOfZone(board: Pick<BoardServices, 'notes'>, frame: Frame): string[] {
  return board.notes.getSnapshot().flatMap((n) => (frameHoldsNote(frame, n) ? [n.id] : []));
}

import type { Point } from '@essaim/shared';
import type { BoardServices } from './BoardServices';
import { mayEditZones, notesOfZone } from './frameCommands';
import { noteMoveRefusal, showMoveRefusal } from './moveRefusal';
import { permittedIds } from './noteRights';

/** What one move of the selection carries, and where each entry was when it began. */
export interface SelectionMove {
  /** zone id → its top-left corner */
  zones: Map<string, Point>;
  /** zone id → the notes lying in it at the start, each carried by one zone only */
  carried: Map<string, string[]>;
  labels: Map<string, Point>;
  /** every note that moves: carried by a zone, or selected and movable by this user */
  notes: Map<string, Point>;
  /** the selected notes no zone carries */
  loose: string[];
}

type MovingBoard = Pick<BoardServices, 'selection' | 'notes' | 'frames' | 'labels' | 'permits' | 'actor' | 'policy' | 'reader'>;

/**
 * The selection as a whole move: its zones with the notes lying in them and its headings, when
 * this user may move those (facilitators), and its notes this user may move; the rest stays put.
 * `withZone`, a zone being dragged, moves even when it is not selected.
 */
export function planSelectionMove(board: MovingBoard, withZone?: string): SelectionMove {
  const { ids, others } = board.selection.get();
  const plan: SelectionMove = { zones: new Map(), carried: new Map(), labels: new Map(), notes: new Map(), loose: [] };
  const editsZones = mayEditZones(board);
  // a zone dragged from outside the selection carries its notes only
  const whole = withZone === undefined || others.frames.has(withZone);
  const zoneIds = new Set(editsZones ? [...(withZone ? [withZone] : []), ...(whole ? others.frames : [])] : []);
  for (const id of zoneIds) {
    const zone = board.frames.get(id);
    if (!zone) continue;
    plan.zones.set(id, { x: zone.x, y: zone.y });
    // a note in two moving zones moves once
    const notes = notesOfZone(board, zone).filter((n) => !plan.notes.has(n));
    plan.carried.set(id, notes);
    for (const n of notes) plan.notes.set(n, at(board.notes.get(n)!));
  }
  if (!whole) return plan;
  if (editsZones) {
    for (const id of others.labels) {
      const label = board.labels.get(id);
      if (label) plan.labels.set(id, at(label));
    }
  }
  for (const id of permittedIds(ids, 'move', (n) => board.notes.get(n), board.actor, board.policy.get(), board.reader)) {
    const note = board.notes.get(id);
    if (!note || plan.notes.has(id)) continue;
    plan.notes.set(id, at(note));
    plan.loose.push(id);
  }
  return plan;
}

/** Where `origins` are once moved by (dx, dy). */
export function shifted(origins: ReadonlyMap<string, Point>, dx: number, dy: number): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const [id, p] of origins) positions.set(id, { x: p.x + dx, y: p.y + dy });
  return positions;
}

/**
 * Writes the move: each zone with the notes it carries, the headings, then the loose notes —
 * those unless the rights table refuses them there (into a locked zone, say: they stay, a toast
 * says why, and the answer is false so a drag puts them back).
 */
export function commitSelectionMove(board: MovingBoard & Pick<BoardServices, 'actions'>, plan: SelectionMove, dx: number, dy: number): boolean {
  dx = Math.round(dx);
  dy = Math.round(dy);
  if (dx === 0 && dy === 0) return true;
  for (const [id] of plan.zones) board.actions.moveFrame(id, dx, dy, plan.carried.get(id) ?? []);
  if (plan.labels.size > 0) board.actions.updateLabels(shifted(plan.labels, dx, dy));
  if (plan.loose.length === 0) return true;
  const positions = shifted(new Map(plan.loose.map((id) => [id, plan.notes.get(id)!])), dx, dy);
  const refused = noteMoveRefusal(board, positions);
  if (refused) showMoveRefusal(board, refused);
  else board.actions.moveNotes(positions);
  return refused === null;
}

const at = (p: Point): Point => ({ x: p.x, y: p.y });

import type * as Y from 'yjs';
import { newZoneBeside, placeInZone } from '../ops/placeInZone.js';
import { readNotes } from '../ops/readNotes.js';
import { updateNotes, type NotePatch } from '../ops/updateNotes.js';
import { readFrames } from '../runner/pairZones.js';
import { boardMaps } from '../schema/boardMaps.js';
import { noteType, type Note } from '../schema/Note.js';
import { isPriorityNeedsZone } from '../templates/priorityNeeds.js';
import { scopeFrame } from './voteScope.js';

const NEW_ZONE_SIZE = { width: 1200, height: 800 };

export interface KeepInZoneInput {
  /** the notes to keep, best first: they are laid out in this order */
  noteIds: readonly string[];
  mode: 'copy' | 'move';
  /** the zone asked for (in another room: its zone of the same title); else the board's « 3 besoins prioritaires » */
  zone?: { frameId: string; title: string };
  /** the title of the zone made when the board has none to fill */
  newZoneTitle: string;
  now: number;
  newId: () => string;
}

export interface Kept {
  frameId: string;
  /** notes that went in (copies or moved) */
  count: number;
  /** copy id → the note it copies */
  copies: Record<string, string>;
}

/**
 * « Garder les N premiers »: the notes, in rank order, copied (same text, colour, size, category
 * and author; a new id, outside any cluster) or moved into the priorities zone, in a grid below
 * what it holds, the zone grown — or into a new zone beside the board when it has none. One
 * transaction; notes no longer on the board are left out; null when none is.
 */
export function keepInZone(doc: Y.Doc, input: KeepInZoneInput): Kept | null {
  const board = readNotes(doc);
  const byId = new Map(board.map((n) => [n.id, n]));
  const keeping = input.noteIds.map((id) => byId.get(id)).filter((n): n is Note => n !== undefined);
  if (keeping.length === 0) return null;
  const frames = readFrames(doc);
  const chosen = input.zone ? scopeFrame({ kind: 'frame', ...input.zone }, frames) : frames.find(isPriorityNeedsZone);
  let kept: Kept | null = null;
  doc.transact(() => {
    const zone = chosen ?? newZoneBeside(doc, { title: input.newZoneTitle, ...NEW_ZONE_SIZE, color: 'yellow' }, input.newId);
    const spots = placeInZone(doc, zone, keeping, board);
    const copies: Record<string, string> = {};
    if (input.mode === 'move') {
      updateNotes(doc, new Map<string, NotePatch>(keeping.map((n, i) => [n.id, { x: spots[i]!.x, y: spots[i]!.y }])), input.now);
    } else {
      const notes = boardMaps(doc).notes;
      keeping.forEach((n, i) => {
        const copy = noteType.parse({ ...n, id: input.newId(), x: spots[i]!.x, y: spots[i]!.y, createdAt: input.now, updatedAt: input.now, groupId: null, z: undefined });
        if (!copy) return;
        notes.set(copy.id, copy);
        copies[copy.id] = n.id;
      });
    }
    kept = { frameId: zone.id, count: input.mode === 'move' ? keeping.length : Object.keys(copies).length, copies };
  });
  return kept;
}


import type * as Y from 'yjs';
import { newZoneBeside, placeInZone } from '../ops/placeInZone.js';
import { readNotes } from '../ops/readNotes.js';
import { updateNotes, type NotePatch } from '../ops/updateNotes.js';
import { frameHoldsNote } from '../schema/Frame.js';
import type { Pair } from '../schema/RoomRun.js';
import { foldTitle } from '../templates/priorityNeeds.js';
import { readFrames } from './pairZones.js';

const CLUSTERING = foldTitle('Regroupement');
/** The clustering zone made when the board has none. */
export const CLUSTERING_ZONE_TITLE = 'Regroupement en catégories';
const CLUSTERING_SIZE = 1200;

/** What « Regrouper » did: how many notes moved, into which zone (null when there was nothing to move and no such zone). */
export interface Gathered {
  moved: number;
  zoneId: string | null;
}

/**
 * « Après »: the notes lying in the pairs' zones go into the clustering area (the board's
 * « Regroupement… » zone, or a new one beside the board), in a grid below what it already holds,
 * the zone grown downward when they do not fit; one transaction.
 */
export function gatherProposals(doc: Y.Doc, pairs: readonly Pair[], now: number, newId: () => string): Gathered {
  const frames = readFrames(doc);
  const pairZones = frames.filter((f) => pairs.some((p) => p.frameId === f.id));
  const notes = readNotes(doc);
  const moving = notes.filter((n) => pairZones.some((z) => frameHoldsNote(z, n)));
  const existing = frames.find((f) => foldTitle(f.title).startsWith(CLUSTERING));
  if (moving.length === 0) return { moved: 0, zoneId: existing?.id ?? null };
  let transactionResult: Gathered = { moved: 0, zoneId: null };
  doc.transact(() => {
    const zone = existing ?? newZoneBeside(doc, { title: CLUSTERING_ZONE_TITLE, width: CLUSTERING_SIZE, height: CLUSTERING_SIZE, color: 'green' }, newId);
    const spots = placeInZone(doc, zone, moving, notes);
    const patches = new Map<string, NotePatch>(moving.map((n, i) => [n.id, { x: spots[i]!.x, y: spots[i]!.y }]));
    transactionResult = { moved: updateNotes(doc, patches, now), zoneId: zone.id };
  });
  return transactionResult;
}


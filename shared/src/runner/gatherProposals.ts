import type * as Y from 'yjs';
import { arrangeGrid, GRID_GAP } from '../geometry/arrangeGrid.js';
import { boundsOf } from '../geometry/Rect.js';
import { besideOffset, boardLayout } from '../ops/applyTemplateBeside.js';
import { readNotes } from '../ops/readNotes.js';
import { updateNotes, type NotePatch } from '../ops/updateNotes.js';
import { boardMaps } from '../schema/boardMaps.js';
import { frameHoldsNote, frameType, FRAME_MAX_SIZE, type Frame } from '../schema/Frame.js';
import type { Pair } from '../schema/RoomRun.js';
import { foldTitle } from '../templates/priorityNeeds.js';
import { readFrames } from './pairZones.js';

const CLUSTERING = foldTitle('Regroupement');
/** The clustering zone made when the board has none. */
export const CLUSTERING_ZONE_TITLE = 'Regroupement en catégories';
const CLUSTERING_SIZE = 1200;
const MARGIN = 60;
/** Room for the zone's band above the first row. */
const BAND = 120;

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
    const zone = existing ?? newClusteringZone(doc, newId);
    const inside = notes.filter((n) => frameHoldsNote(zone, n) && !moving.includes(n));
    const below = boundsOf(inside);
    const top = below ? below.y + below.height + GRID_GAP : zone.y + BAND;
    const columns = Math.max(1, Math.floor((zone.width - 2 * MARGIN + GRID_GAP) / (Math.max(...moving.map((n) => n.width)) + GRID_GAP)));
    const spots = arrangeGrid(moving, { columns, origin: { x: zone.x + MARGIN, y: top } });
    const patches = new Map<string, NotePatch>(moving.map((n, i) => [n.id, { x: spots[i]!.x, y: spots[i]!.y }]));
    transactionResult = { moved: updateNotes(doc, patches, now), zoneId: zone.id };
    const bottom = Math.max(...moving.map((n, i) => spots[i]!.y + n.height)) + MARGIN;
    if (bottom > zone.y + zone.height) {
      const grown = frameType.parse({ ...zone, height: Math.min(FRAME_MAX_SIZE, bottom - zone.y) });
      if (grown) boardMaps(doc).frames.set(grown.id, grown);
    }
  });
  return transactionResult;
}

function newClusteringZone(doc: Y.Doc, newId: () => string): Frame {
  const rect = { x: 0, y: 0, width: CLUSTERING_SIZE, height: CLUSTERING_SIZE };
  const layout = boardLayout(doc);
  const offset = besideOffset(layout?.anchor ?? null, rect, layout?.obstacles ?? []) ?? { dx: 0, dy: 0 };
  const zone = frameType.parse({ id: newId(), title: CLUSTERING_ZONE_TITLE, ...rect, x: offset.dx, y: offset.dy, color: 'green' });
  if (!zone) throw new Error('not a zone');
  boardMaps(doc).frames.set(zone.id, zone);
  return zone;
}

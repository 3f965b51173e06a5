import type * as Y from 'yjs';
import { boundsOf, type Rect } from '../geometry/Rect.js';
import { readingOrder } from '../geometry/readingOrder.js';
import { besideOffset, boardLayout } from '../ops/applyTemplateBeside.js';
import { boardMaps } from '../schema/boardMaps.js';
import { frameType, parseFrame, type Frame } from '../schema/Frame.js';
import type { Pair } from '../schema/RoomRun.js';
import { foldTitle } from '../templates/priorityNeeds.js';
import { pairZoneTitle } from './pairs.js';

/** A pair's zone when the board has none waiting for it (the 3-12-3 template's size). */
export const PAIR_ZONE_SIZE = 560;
const PAIR_ZONE_GAP = 80;
const PAIR_ZONE_COLUMNS = 2;

const TEMPLATE_PAIR = foldTitle('Binôme');

const present = <T>(v: T | null): v is T => v !== null;

/** The board's zones, read through their type. */
export function readFrames(doc: Y.Doc): Frame[] {
  return [...boardMaps(doc).frames.values()].map(parseFrame).filter(present);
}

/**
 * Gives every pair its zone on the room's board, titled with its people (`pairZoneTitle`), in one
 * transaction: a pair keeps the zone it has (retitled when its people changed); the others take
 * the board's unused « Binôme N » zones (the 3-12-3 template's) in reading order, then new zones
 * laid out two by two beside everything the board holds. Returns the pairs with their `frameId`.
 */
export function placePairZones(doc: Y.Doc, pairs: readonly Pair[], nameOf: (id: string) => string, newId: () => string): Pair[] {
  const frames = boardMaps(doc).frames;
  const all = readFrames(doc);
  const byId = new Map(all.map((f) => [f.id, f]));
  const kept = new Set(pairs.flatMap((p) => (p.frameId && byId.has(p.frameId) ? [p.frameId] : [])));
  const waiting = all.filter((f) => !kept.has(f.id) && foldTitle(f.title).startsWith(TEMPLATE_PAIR));
  const waitingOrder = readingOrder(waiting).map((i) => waiting[i]!);
  const homeless = pairs.filter((p) => !(p.frameId && byId.has(p.frameId))).length - waitingOrder.length;
  const fresh = freshZoneRects(doc, Math.max(0, homeless));
  const result: Pair[] = [];
  doc.transact(() => {
    pairs.forEach((pair, index) => {
      const title = pairZoneTitle(index, pair.members.map(nameOf));
      let frame = pair.frameId ? byId.get(pair.frameId) : undefined;
      if (!frame) frame = waitingOrder.shift();
      if (!frame) {
        const rect = fresh.shift()!;
        frame = { id: newId(), title, ...rect, color: 'blue' };
      }
      const next = frameType.parse({ ...frame, title });
      if (!next) throw new Error('not a zone');
      if (JSON.stringify(frames.get(next.id)) !== JSON.stringify(next)) frames.set(next.id, next);
      result.push({ ...pair, frameId: next.id });
    });
  });
  return result;
}

/** `count` new pair zones' rectangles, two by two, beside what the board holds. */
function freshZoneRects(doc: Y.Doc, count: number): Rect[] {
  if (count === 0) return [];
  const rects: Rect[] = [];
  for (let i = 0; i < count; i++) {
    const col = i % PAIR_ZONE_COLUMNS;
    const row = Math.floor(i / PAIR_ZONE_COLUMNS);
    rects.push({ x: col * (PAIR_ZONE_SIZE + PAIR_ZONE_GAP), y: row * (PAIR_ZONE_SIZE + PAIR_ZONE_GAP), width: PAIR_ZONE_SIZE, height: PAIR_ZONE_SIZE });
  }
  const layout = boardLayout(doc);
  const offset = besideOffset(layout?.anchor ?? null, boundsOf(rects)!, layout?.obstacles ?? []) ?? { dx: 0, dy: 0 };
  return rects.map((r) => ({ ...r, x: r.x + offset.dx, y: r.y + offset.dy }));
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rectsIntersect, type Rect } from '../geometry/Rect.js';
import { boardMaps } from '../schema/boardMaps.js';
import { TEMPLATE_KEY } from '../schema/BoardMeta.js';
import type { Frame } from '../schema/Frame.js';
import { labelBounds } from '../schema/Label.js';
import type { Note } from '../schema/Note.js';
import { BOARD_LIMIT } from '../schema/schemaFields.js';
import { carteDesBesoins } from '../templates/carteDesBesoins.js';
import { applyTemplate, type TemplateContext } from './applyTemplate.js';
import { BESIDE_GAP, besideOffset } from './applyTemplateBeside.js';
import { applySolutionsParBesoin, hasSolutionsColumns } from './applySolutionsParBesoin.js';
import { putNotes } from './putNotes.js';
import { syncedPair } from './syncedPair.js';

let counter = 0;
const ctx: TemplateContext = { authorId: 'anim', now: 1_750_000_000_000, newId: () => `fresh${++counter}` };

const note = (id: string, text: string, x: number, y: number): Note => ({ id, text, color: 'yellow', x, y, width: 160, height: 160, authorId: 'lina', createdAt: 1 });

/** A needs map whose « 3 besoins prioritaires » zone holds `needs`, left to right, and a note far to the right of the zones. */
function needsMap(doc: Y.Doc, needs: readonly string[]): Frame {
  applyTemplate(doc, carteDesBesoins, ctx);
  const zone = [...boardMaps(doc).frames.values()].find((f) => f.title === '3 besoins prioritaires')!;
  putNotes(doc, [...needs.map((text, i) => note(`n${i}`, text, zone.x + 20 + i * 180, zone.y + 80)), note('loin', 'Idée posée à l’écart', 3000, 200)]);
  return zone;
}

/** Every entry of the board as JSON, by map and id. */
function entries(doc: Y.Doc): Record<string, unknown> {
  const maps = boardMaps(doc);
  const out: Record<string, unknown> = {};
  for (const name of ['frames', 'labels', 'notes', 'links', 'groups'] as const) for (const [id, v] of (maps[name] as Y.Map<unknown>).entries()) out[`${name}/${id}`] = v;
  return out;
}

const boxes = (doc: Y.Doc): Rect[] => {
  const maps = boardMaps(doc);
  return [...maps.frames.values(), ...[...maps.labels.values()].map(labelBounds), ...maps.notes.values()];
};

describe('applySolutionsParBesoin', () => {
  it('writes the template on an empty board, as any template, with no needs', () => {
    const doc = new Y.Doc();
    const written = applySolutionsParBesoin(doc, ctx)!;
    expect(written.needs).toEqual([]);
    expect([...boardMaps(doc).frames.values()].map((f) => f.title).filter((t) => t.startsWith('Besoin'))).toEqual(['Besoin prioritaire 1', 'Besoin prioritaire 2', 'Besoin prioritaire 3']);
    expect(boardMaps(doc).meta.get(TEMPLATE_KEY)).toBe('solutions-par-besoin');
  });

  it('beside a needs map, adds one column per priority need to the right of everything, in one change, changing nothing there', () => {
    const { a, b, updatesFromA } = syncedPair();
    needsMap(a, ['Logement des saisonniers', 'Garde d’enfants', 'Transport à la demande']);
    const before = entries(a);
    const taken = boxes(a);
    const right = Math.max(...taken.map((r) => r.x + r.width));
    const updates = updatesFromA.length;

    const written = applySolutionsParBesoin(a, ctx)!;
    expect(written.needs).toEqual(['Logement des saisonniers', 'Garde d’enfants', 'Transport à la demande']);
    expect(updatesFromA.length).toBe(updates + 1);
    // the other person sees the columns titled with the needs
    const columns = [...boardMaps(b).frames.values()].filter((f) => written.entries.frames.some((w) => w.id === f.id)).sort((p, q) => p.x - q.x || p.y - q.y);
    expect(columns.map((f) => f.title)).toEqual([
      'Logement des saisonniers',
      '3 solutions inspirantes — Logement des saisonniers',
      'Garde d’enfants',
      '3 solutions inspirantes — Garde d’enfants',
      'Transport à la demande',
      '3 solutions inspirantes — Transport à la demande',
    ]);
    // nothing of the needs map changed, its template included
    const after = entries(b);
    for (const [key, value] of Object.entries(before)) expect(after[key], key).toEqual(value);
    expect(boardMaps(b).meta.get(TEMPLATE_KEY)).toBe('carte-des-besoins');
    // everything new lies right of everything old, with the gap, overlapping nothing
    const added = [...written.entries.frames, ...written.entries.labels.map(labelBounds)];
    for (const r of added) {
      expect(r.x).toBeGreaterThanOrEqual(right + BESIDE_GAP);
      for (const old of taken) expect(rectsIntersect(r, old)).toBe(false);
    }
    // tops level with the board's
    expect(Math.min(...added.map((r) => r.y))).toBe(Math.min(...taken.map((r) => r.y)));
  });

  it('does not stack a second copy, nor write on a board with no priority need', () => {
    const doc = new Y.Doc();
    needsMap(doc, ['Accès aux soins']);
    expect(applySolutionsParBesoin(doc, ctx)?.needs).toEqual(['Accès aux soins']);
    const once = entries(doc);
    expect(applySolutionsParBesoin(doc, ctx)).toBeNull();
    expect(entries(doc)).toEqual(once);

    const noNeeds = new Y.Doc();
    needsMap(noNeeds, []);
    const plain = entries(noNeeds);
    expect(applySolutionsParBesoin(noNeeds, ctx)).toBeNull();
    expect(entries(noNeeds)).toEqual(plain);
  });

  it('knows the solutions columns by the board’s template or a « 3 solutions inspirantes » zone, however written', () => {
    expect(hasSolutionsColumns([{ title: '3 Solutions  inspirantes' }])).toBe(true);
    expect(hasSolutionsColumns([{ title: '3 solutions inspirantes — Accès aux soins' }])).toBe(true);
    expect(hasSolutionsColumns([], 'solutions-par-besoin')).toBe(true);
    expect(hasSolutionsColumns([{ title: '3 besoins prioritaires' }], 'carte-des-besoins')).toBe(false);
  });
});

describe('besideOffset', () => {
  const content: Rect = { x: 0, y: -200, width: 2000, height: 1800 };

  it('puts the content right of what the board holds, tops level, or anywhere on an empty board', () => {
    expect(besideOffset({ x: -50, y: -300, width: 1000, height: 500 }, content)).toEqual({ dx: 950 + BESIDE_GAP, dy: -100 });
    expect(besideOffset(null, content)).toEqual({ dx: 0, dy: 0 });
  });

  it('goes to the left when the board’s edge is too near on the right, and gives up when neither side has room', () => {
    const nearEdge = { x: 0, y: 0, width: BOARD_LIMIT - 1000, height: 500 };
    expect(besideOffset(nearEdge, content)).toEqual({ dx: -BESIDE_GAP - 2000, dy: 200 });
    expect(besideOffset({ x: -BOARD_LIMIT + 100, y: 0, width: 2 * BOARD_LIMIT - 200, height: 10 }, content)).toBeNull();
  });

  it('goes past what lies level with it, and ignores what lies above or below (a stray note at the top of the board)', () => {
    const map = { x: 0, y: 0, width: 1000, height: 500 };
    const content2 = { x: 0, y: 0, width: 600, height: 400 };
    const inTheWay = { x: 1300, y: 100, width: 160, height: 160 };
    const farAbove = { x: 0, y: -BOARD_LIMIT, width: 160, height: 160 };
    const farRight = { x: 500_000, y: 0, width: 160, height: 160 };
    expect(besideOffset(map, content2, [map, inTheWay, farAbove, farRight])).toEqual({ dx: 1460 + BESIDE_GAP, dy: 0 });
    // the right side walled up to the edge: to the left, past what is there too
    const wall = { x: 1100, y: 0, width: BOARD_LIMIT - 1100, height: 500 };
    const leftNote = { x: -1000, y: 0, width: 160, height: 160 };
    expect(besideOffset(map, content2, [map, wall, leftNote])).toEqual({ dx: -1000 - BESIDE_GAP - 600, dy: 0 });
  });

  it('raises the content off the bottom edge of the board, still beside what it holds', () => {
    const low = { x: 0, y: BOARD_LIMIT - 480, width: 600, height: 480 };
    expect(besideOffset(low, content)).toEqual({ dx: 600 + BESIDE_GAP, dy: BOARD_LIMIT - 1800 + 200 });
  });
});

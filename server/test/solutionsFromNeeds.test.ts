import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { boardMaps, labelBounds, rectsIntersect, TEMPLATE_KEY, type AppliedTemplate, type Rect } from '@essaim/shared';
import { sampleNote, storedDoc, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';
import { expectError } from './request.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

const NEEDS = ['Logement des saisonniers', 'Garde d’enfants en horaires décalés', 'Transport à la demande le soir'];

/** Every entry of a board as JSON, by map and id, and its `meta.template`. */
function entries(doc: Y.Doc): Record<string, unknown> {
  const maps = boardMaps(doc);
  const out: Record<string, unknown> = { template: maps.meta.get(TEMPLATE_KEY) };
  for (const name of ['frames', 'labels', 'notes', 'links', 'groups'] as const) for (const [id, v] of (maps[name] as Y.Map<unknown>).entries()) out[`${name}/${id}`] = v;
  return out;
}

/** What takes room on a board: its zones, headings and notes. */
function boxes(doc: Y.Doc, except: ReadonlySet<string> = new Set()): Rect[] {
  const maps = boardMaps(doc);
  const keep = <T extends { id: string }>(e: T) => !except.has(e.id);
  return [...[...maps.frames.values()].filter(keep), ...[...maps.labels.values()].filter(keep).map(labelBounds), ...[...maps.notes.values()].filter(keep)];
}

/** A workshop started from the needs map, and Lina, a participant, who puts the room's priority needs in its zone. */
async function needsMapWithPriorities(): Promise<{ scene: WorkshopScene; room: string; lina: Y.Doc; linaToken: string }> {
  const scene = await openWorkshop({ rooms: 2, template: 'carte-des-besoins' });
  const joined = await scene.join('Lina');
  const room = joined.roomId;
  const provider = scene.connect(scene.board(room), joined.token);
  await whenSynced(provider);
  const lina = provider.doc;
  const zone = [...boardMaps(lina).frames.values()].find((f) => f.title === '3 besoins prioritaires')!;
  // as voted, but put down in another order: the second need first, on the right
  writeNote(lina, sampleNote('b2', joined.participantId, { text: NEEDS[1]!, x: zone.x + 220, y: zone.y + 80 }));
  writeNote(lina, sampleNote('b1', joined.participantId, { text: NEEDS[0]!, x: zone.x + 30, y: zone.y + 90 }));
  writeNote(lina, sampleNote('b3', joined.participantId, { text: NEEDS[2]!, x: zone.x + 30, y: zone.y + 280 }));
  // a need still waiting in its theme is not a priority
  const mobility = [...boardMaps(lina).frames.values()].find((f) => f.title === 'Mobilité durable')!;
  writeNote(lina, sampleNote('m1', joined.participantId, { text: 'Covoiturage', x: mobility.x + 30, y: mobility.y + 80 }));
  await waitFor(async () => boardMaps(await storedDoc(scene.server.storage, scene.board(room))).notes.size === 4, 5000, 'Lina’s notes to be stored');
  return { scene, room, lina, linaToken: joined.token };
}

describe('solutions-par-besoin beside the room’s needs map', () => {
  it('titles one column per priority need, to the right of the needs map, overlapping nothing and changing nothing of it', async () => {
    const { scene, room, lina } = await needsMapWithPriorities();
    const stored = await storedDoc(scene.server.storage, scene.board(room));
    const before = entries(stored);
    const taken = boxes(stored);
    const right = Math.max(...taken.map((r) => r.x + r.width));

    const applied = await scene.admin<AppliedTemplate>('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' });
    expect(applied.status).toBe(200);
    expect(applied.body).toEqual({ template: 'solutions-par-besoin', frames: 6, labels: 2, notes: 0, links: 0, needs: NEEDS });

    // Lina sees the columns appear, titled with her room's needs, left to right in reading order
    await waitFor(() => boardMaps(lina).frames.size === 13 + 6, 5000, 'the columns to reach Lina');
    const maps = boardMaps(lina);
    const added = [...maps.frames.values()].filter((f) => !(`frames/${f.id}` in before));
    const columns = added.filter((f) => !f.title.startsWith('3 solutions inspirantes')).sort((a, b) => a.x - b.x);
    expect(columns.map((c) => c.title)).toEqual(NEEDS);
    // each named after its column's need, so a phone's « Plan » tells them apart
    for (const c of columns) expect(added.filter((f) => f.title === `3 solutions inspirantes — ${c.title}` && f.x === c.x && f.y > c.y + c.height)).toHaveLength(1);
    const newLabels = [...maps.labels.values()].filter((l) => !(`labels/${l.id}` in before));
    expect(newLabels.map((l) => l.text)).toContain('Solutions par besoin prioritaire');
    for (const r of [...added, ...newLabels.map(labelBounds)]) {
      expect(r.x).toBeGreaterThan(right);
      for (const old of taken) expect(rectsIntersect(r, old)).toBe(false);
    }

    // nothing of the needs map moved or changed, and it is still the board it was made from
    const after = entries(await storedDoc(scene.server.storage, scene.board(room)));
    for (const [key, value] of Object.entries(before)) expect(after[key], key).toEqual(value);
    expect(after.template).toBe('carte-des-besoins');
  });

  it('refuses other templates, a second copy, and a needs map with no priority need (409, nothing written)', async () => {
    const { scene, room } = await needsMapWithPriorities();
    expectError(await scene.admin('POST', `/rooms/${room}/template`, { template: 'arbre-a-problemes' }), 409, 'board_not_empty');
    expect((await scene.admin('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' })).status).toBe(200);
    const once = entries(await storedDoc(scene.server.storage, scene.board(room)));
    expectError(await scene.admin('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' }), 409, 'board_not_empty');
    expect(entries(await storedDoc(scene.server.storage, scene.board(room)))).toEqual(once);

    // the other room's needs map has no priority need yet
    const other = scene.breakouts.find((r) => r.id !== room)!.id;
    const plain = entries(await storedDoc(scene.server.storage, scene.board(other)));
    expectError(await scene.admin('POST', `/rooms/${other}/template`, { template: 'solutions-par-besoin' }), 409, 'board_not_empty');
    expect(entries(await storedDoc(scene.server.storage, scene.board(other)))).toEqual(plain);
  });

  it('still writes the typed-in columns on an empty board, with no needs', async () => {
    const scene = await openWorkshop({ rooms: 1 });
    const room = scene.breakouts[0]!.id;
    const applied = await scene.admin<AppliedTemplate>('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' });
    expect(applied.body).toEqual({ template: 'solutions-par-besoin', frames: 6, labels: 2, notes: 0, links: 0, needs: [] });
    const titles = [...boardMaps(await storedDoc(scene.server.storage, scene.board(room))).frames.values()].map((f) => f.title);
    expect(titles.filter((t) => t.startsWith('Besoin')).sort()).toEqual(['Besoin prioritaire 1', 'Besoin prioritaire 2', 'Besoin prioritaire 3']);
  });

  it('refuses a participant (403), writing nothing', async () => {
    const { scene, room, linaToken } = await needsMapWithPriorities();
    const before = entries(await storedDoc(scene.server.storage, scene.board(room)));
    expectError(await scene.admin('POST', `/rooms/${room}/template`, { template: 'solutions-par-besoin' }, linaToken), 403, 'forbidden');
    expect(entries(await storedDoc(scene.server.storage, scene.board(room)))).toEqual(before);
  });
});

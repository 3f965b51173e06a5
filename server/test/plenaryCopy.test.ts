import { describe, expect, it } from 'vitest';
import { boundsOf, readNotes, rectsIntersect, type Note, type Rect } from '@essaim/shared';
import { noteIds, sampleNote, storedDoc, writeNote } from './openBoard.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { expectError } from './request.js';
import { openWorkshop } from './workshopScene.js';

interface CopyAnswer {
  copied: number;
  noteIds: string[];
}

/** Pairs of notes whose rectangles overlap (by id), to show in a failure. */
function overlaps(notes: readonly Note[]): string[] {
  const found: string[] = [];
  notes.forEach((a, i) => notes.slice(i + 1).forEach((b) => rectsIntersect(a, b) && found.push(`${a.id} × ${b.id}`)));
  return found;
}

const zone = (notes: readonly Note[], roomId: string | undefined): Rect | null => boundsOf(notes.filter((n) => n.room?.id === roomId));

/**
 * Two breakout rooms with notes of several sizes, scattered and overlapping as people leave
 * them, and a plenary where the facilitator has already put a few notes.
 */
async function openCopyScene() {
  const scene = await openWorkshop({ rooms: 2, roomNames: ['Mobilité', 'Logement'] });
  const [mobility, housing] = scene.breakouts;
  const lina = await scene.join('Lina');
  const marc = await scene.join('Marc');
  expect([lina.roomId, marc.roomId]).toEqual([mobility!.id, housing!.id]);

  const write = async (roomId: string, token: string, notes: Note[]): Promise<TestProvider> => {
    const p = scene.connect(scene.board(roomId), token);
    await whenSynced(p);
    for (const note of notes) writeNote(p.doc, note);
    await waitFor(async () => noteIds(await storedDoc(scene.server.storage, scene.board(roomId))).length === notes.length, 5000, 'the notes to be stored');
    return p;
  };
  const linaNotes = [
    sampleNote('m1', lina.participantId, { text: 'Covoiturage', x: 0, y: 0 }),
    sampleNote('m2', lina.participantId, { text: 'Vélo-bus', x: 50, y: 40, width: 240, height: 200, color: 'green' }),
    sampleNote('m3', lina.participantId, { text: 'Navette', x: -300, y: 500, color: 'blue' }),
    sampleNote('m4', lina.participantId, { text: 'Autopartage', x: 900, y: -200, width: 400, height: 120 }),
  ];
  const marcNotes = [
    sampleNote('h1', marc.participantId, { text: 'Colocation', x: 10, y: 10, color: 'pink' }),
    sampleNote('h2', marc.participantId, { text: 'Habitat partagé', x: 30, y: 30, width: 300, height: 300 }),
    sampleNote('h3', marc.participantId, { text: 'Tiny houses', x: 60, y: 60, color: 'violet' }),
  ];
  const linaBoard = await write(mobility!.id, lina.token, linaNotes);
  await write(housing!.id, marc.token, marcNotes);
  const existing = [
    sampleNote('p1', scene.workshop.facilitatorId, { text: 'Consigne', x: 0, y: 0, width: 400, height: 160 }),
    sampleNote('p2', scene.workshop.facilitatorId, { text: 'Horaires', x: 500, y: 300 }),
  ];
  const plenary = await write(scene.plenary.id, scene.workshop.facilitatorToken, existing);
  return { scene, mobility: mobility!, housing: housing!, lina, linaNotes, marcNotes, linaBoard, plenary };
}

describe('copying rooms into the plenary', () => {
  it('brings whole rooms and selections, tagged with their room, one zone per room, overlapping nothing, never twice', async () => {
    const { scene, mobility, housing, lina, linaNotes, marcNotes, linaBoard, plenary } = await openCopyScene();
    const copy = (roomId: string, noteIds?: string[]) => scene.admin<CopyAnswer>('POST', '/plenary/copy', { roomId, noteIds });
    const shown = () => readNotes(plenary.doc);

    const whole = await copy(mobility.id);
    expect(whole.status).toBe(200);
    expect(whole.body.copied).toBe(4);
    const selection = await copy(housing.id, ['h1', 'h3']);
    expect(selection.body.copied).toBe(2);
    await waitFor(() => shown().length === 8, 5000, 'the copies to reach the plenary');

    // Each copy is its note (text, colour, size, author), tagged with its room.
    const copies = new Map(shown().filter((n) => n.room).map((n) => [n.id, n]));
    expect([...copies.keys()].sort()).toEqual([...whole.body.noteIds, ...selection.body.noteIds].sort());
    const copyOf = (source: Note) => [...copies.values()].find((c) => c.text === source.text);
    for (const [source, room] of [...linaNotes.map((n) => [n, mobility] as const), ...marcNotes.filter((n) => n.id !== 'h2').map((n) => [n, housing] as const)]) {
      expect(copyOf(source)).toMatchObject({
        text: source.text,
        color: source.color,
        width: source.width,
        height: source.height,
        authorId: source.authorId,
        room: { id: room.id, name: room.name, color: room.color },
      });
    }
    expect(copyOf(marcNotes[1]!)).toBeUndefined();

    const check = () => {
      const notes = shown();
      expect(overlaps(notes)).toEqual([]);
      const zones = [zone(notes, mobility.id)!, zone(notes, housing.id)!];
      expect(rectsIntersect(zones[0]!, zones[1]!)).toBe(false);
      for (const original of notes.filter((n) => !n.room)) for (const z of zones) expect(rectsIntersect(z, original)).toBe(false);
    };
    check();

    // Again: nothing new. The rest of a room: only what was not brought yet, in that room's zone.
    expect((await copy(mobility.id)).body).toEqual({ copied: 0, noteIds: [] });
    expect((await copy(housing.id, ['h1', 'h3'])).body).toEqual({ copied: 0, noteIds: [] });
    const rest = await copy(housing.id);
    expect(rest.body.copied).toBe(1);
    writeNote(linaBoard.doc, sampleNote('m5', lina.participantId, { text: 'Pédibus', x: 0, y: 900 }));
    await waitFor(async () => noteIds(await storedDoc(scene.server.storage, scene.board(mobility.id))).includes('m5'), 5000, 'the late note to be stored');
    expect((await copy(mobility.id)).body.copied).toBe(1);
    await waitFor(() => shown().length === 10, 5000, 'the late copies');
    expect(shown().filter((n) => n.text === 'Pédibus' || n.text === 'Habitat partagé').map((n) => n.room?.id).sort()).toEqual([mobility.id, housing.id].sort());
    check();

    // The stored plenary is what the facilitator sees.
    expect(readNotes(await storedDoc(scene.server.storage, scene.board(scene.plenary.id)))).toEqual(shown());
    expect(plenary.closeCodes).toEqual([]);
  });

  it('leaves a copy the facilitator moved where they put it when the room is copied again', async () => {
    const { scene, mobility, plenary } = await openCopyScene();
    const first = await scene.admin<CopyAnswer>('POST', '/plenary/copy', { roomId: mobility.id });
    const id = first.body.noteIds[0]!;
    await waitFor(() => noteIds(plenary.doc).includes(id), 5000, 'the copy');
    const moved = { ...readNotes(plenary.doc).find((n) => n.id === id)!, x: -2000, y: -2000 };
    writeNote(plenary.doc, moved);
    await waitFor(async () => readNotes(await storedDoc(scene.server.storage, scene.board(scene.plenary.id))).some((n) => n.id === id && n.x === -2000), 5000, 'the move to be stored');

    expect((await scene.admin<CopyAnswer>('POST', '/plenary/copy', { roomId: mobility.id })).body.copied).toBe(0);

    expect(readNotes(await storedDoc(scene.server.storage, scene.board(scene.plenary.id))).find((n) => n.id === id)).toEqual(moved);
  });

  it('refuses a participant (403) and copies nothing', async () => {
    const { scene, mobility, lina } = await openCopyScene();

    expectError(await scene.admin('POST', '/plenary/copy', { roomId: mobility.id }, lina.token), 403, 'forbidden');

    expect(noteIds(await storedDoc(scene.server.storage, scene.board(scene.plenary.id)))).toEqual(['p1', 'p2']);
  });
});

import { describe, it } from 'vitest';
import { BOARD_POLICY_KEY, boardMaps, workshopMaps, type WorkshopMaps } from '@essaim/shared';
import { expectRefusedAndUnchanged, NOTE, openCraftedScene, untilServerHas } from './craftedScene.js';
import { sampleNote, writeNote } from './openBoard.js';
import { currentItemId, encodeRawUpdate, newClientId, type RawId } from './rawUpdate.js';

/**
 * Security issue #9, item 1: deletion through a "deleted" struct. A struct of deleted content
 * whose origin is the current item of an entry inherits the entry's map and key; Yjs makes it
 * the entry's value — already deleted — and the entry is gone, though the update's delete set
 * names nothing of the board.
 */
function deletedStructsOver(origins: RawId[]): Uint8Array {
  // A client the server has never seen: first clock 0, one clock per struct.
  return encodeRawUpdate([{ client: newClientId(), clock: 0, structs: origins.map((origin) => ({ origin, deleted: 1 })) }]);
}

describe('crafted updates: deleting entries with deleted-content structs', () => {
  it('a participant cannot delete another person’s note with a deleted struct over it', async () => {
    const scene = await openCraftedScene();
    const notes = boardMaps(scene.writer.doc).notes;

    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: deletedStructsOver([currentItemId(notes, NOTE.marc)]) });
  });

  it('an observer cannot delete the facilitator’s note with a deleted struct over it', async () => {
    const scene = await openCraftedScene();
    const notes = boardMaps(scene.writer.doc).notes;

    await expectRefusedAndUnchanged(scene, { from: scene.observer, update: deletedStructsOver([currentItemId(notes, NOTE.facilitator)]) });
  });

  it('a participant cannot delete even their own note that way on a locked board', async () => {
    const scene = await openCraftedScene({ policy: { locked: true } });
    const notes = boardMaps(scene.writer.doc).notes;

    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: deletedStructsOver([currentItemId(notes, NOTE.lina)]) });
  });

  it('a participant cannot remove meta.policy (unlocking a locked board) with a deleted struct over it', async () => {
    const scene = await openCraftedScene({ policy: { locked: true } });
    const meta = boardMaps(scene.writer.doc).meta;

    await expectRefusedAndUnchanged(scene, { from: scene.lina, update: deletedStructsOver([currentItemId(meta, BOARD_POLICY_KEY)]) });
  });

  it('a participant cannot remove every note of a 2,000-note board in one update of deleted structs', async () => {
    const scene = await openCraftedScene();
    const notes = boardMaps(scene.writer.doc).notes;
    scene.writer.doc.transact(() => {
      for (let i = 0; i < 2000; i++) writeNote(scene.writer.doc, sampleNote(`bulk-${i}`, scene.facilitator.participantId, { x: (i % 50) * 180, y: Math.floor(i / 50) * 180 }));
    });
    await untilServerHas(scene.server, scene.board, scene.writer.doc);

    // One struct per note, ~18 KB.
    const update = deletedStructsOver([...notes.keys()].map((id) => currentItemId(notes, id)));

    await expectRefusedAndUnchanged(scene, { from: scene.lina, update });
  }, 60_000);

  it('a participant cannot replace another person’s note with an entry deleted in the same update', async () => {
    const scene = await openCraftedScene();
    const notes = boardMaps(scene.writer.doc).notes;
    const client = newClientId();
    const update = encodeRawUpdate(
      [{ client, clock: 0, structs: [{ origin: currentItemId(notes, NOTE.marc), any: [sampleNote(NOTE.marc, scene.marc.participantId, { text: 'Écrasée' })] }] }],
      // the struct's own ID: added and deleted at once
      [{ client, ranges: [{ clock: 0, len: 1 }] }],
    );

    await expectRefusedAndUnchanged(scene, { from: scene.lina, update });
  });

  /** The current item of a workshop-document entry, read from Lina's standard client of it. */
  const WORKSHOP_ENTRIES: [string, (maps: WorkshopMaps, plenaryId: string) => RawId][] = [
    ['the plenary’s room entry', (maps, plenaryId) => currentItemId(maps.rooms, plenaryId)],
    ['the title', (maps) => currentItemId(maps.settings, 'title')],
    ['plenaryOpen', (maps) => currentItemId(maps.settings, 'plenaryOpen')],
  ];

  it.each(WORKSHOP_ENTRIES)('a participant cannot remove %s from the workshop document with a deleted struct over it', async (_what, itemOf) => {
    const scene = await openCraftedScene();
    const maps = workshopMaps(scene.workshopReader.doc);
    const plenaryId = [...maps.rooms.values()].find((room) => room.plenary)!.id;

    const update = deletedStructsOver([itemOf(maps, plenaryId)]);

    await expectRefusedAndUnchanged(scene, { from: scene.lina, to: scene.workshopDoc, update });
  });
});

import { describe, it } from 'vitest';
import { boardMaps } from '@essaim/shared';
import { expectRefusedAndUnchanged, NOTE, openCraftedScene, type CraftedScene, type Person } from './craftedScene.js';
import { currentItemId, encodeRawUpdate, newClientId, type RawPlace, type RawStruct } from './rawUpdate.js';

/**
 * Security issue #9, item 2: other root types. Boards hold the root maps of `BOARD_MAP_NAMES`,
 * the workshop document those of `WORKSHOP_MAP_NAMES`, each entry directly under its root:
 * any other root (a map `x`, an array `y`), or a type held by an item, is refused.
 */

/** About 1 KB of JSON. */
const PAYLOAD = { text: 'x'.repeat(1000) };

/** `structs` from a client the server has never seen (first clock 0). */
function fromNewClient(structs: RawStruct[]): Uint8Array {
  return encodeRawUpdate([{ client: newClientId(), clock: 0, structs }]);
}

/**
 * A deleted placeholder at `place`, then `value` whose origin is that placeholder: it inherits the
 * placeholder's parent and key. (A guard that takes deleted content for garbage skips both.)
 */
function hungOffPlaceholder(place: RawPlace, value: unknown): Uint8Array {
  const client = newClientId();
  return encodeRawUpdate([{ client, clock: 0, structs: [{ ...place, deleted: 1 }, { origin: { client, clock: 0 }, any: [value] }] }]);
}

/** Where the note of Marc's current value lives, as the parent of a type. */
const marcsNoteItem = (scene: CraftedScene) => currentItemId(boardMaps(scene.writer.doc).notes, NOTE.marc);

interface Row {
  who: (scene: CraftedScene) => Person;
  /** the board unless told */
  to?: (scene: CraftedScene) => string;
  update: (scene: CraftedScene) => Uint8Array;
}

const ROWS: [string, Row][] = [
  ['a participant writes a root map x into a board', { who: (s) => s.lina, update: () => fromNewClient([{ parent: 'x', parentSub: 'k', any: [PAYLOAD] }]) }],
  [
    'a participant writes a root map x into a board, hung off a deleted placeholder in x',
    { who: (s) => s.lina, update: () => hungOffPlaceholder({ parent: 'x', parentSub: 'k' }, PAYLOAD) },
  ],
  ['an observer writes a root array y into a board', { who: (s) => s.observer, update: () => fromNewClient([{ parent: 'y', any: [PAYLOAD] }]) }],
  ['an observer writes a root array y into a board, hung off a deleted placeholder in y', { who: (s) => s.observer, update: () => hungOffPlaceholder({ parent: 'y' }, PAYLOAD) }],
  [
    'a participant writes a root map x into the workshop document',
    { who: (s) => s.lina, to: (s) => s.workshopDoc, update: () => fromNewClient([{ parent: 'x', parentSub: 'k', any: [PAYLOAD] }]) },
  ],
  [
    'a participant writes a root map x into the workshop document, hung off a deleted placeholder in x',
    { who: (s) => s.lina, to: (s) => s.workshopDoc, update: () => hungOffPlaceholder({ parent: 'x', parentSub: 'k' }, PAYLOAD) },
  ],
  [
    'a participant writes an entry whose parent is given as an item (a note’s)',
    { who: (s) => s.lina, update: (s) => fromNewClient([{ parent: marcsNoteItem(s), parentSub: 'k', any: [PAYLOAD] }]) },
  ],
  [
    'a participant writes deleted content whose parent is given as an item (a note’s), and an entry hung off it',
    { who: (s) => s.lina, update: (s) => hungOffPlaceholder({ parent: marcsNoteItem(s), parentSub: 'k' }, PAYLOAD) },
  ],
];

describe('crafted updates: roots and parents outside the schema', () => {
  it.each(ROWS)('refused: %s', async (_what, row) => {
    const scene = await openCraftedScene();

    await expectRefusedAndUnchanged(scene, { from: row.who(scene), to: row.to?.(scene), update: row.update(scene) });
  });
});

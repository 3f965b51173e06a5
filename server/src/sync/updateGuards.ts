import type * as Y from 'yjs';
import { BOARD_MAP_NAMES, boardMaps, checkBoardChanges, docReader, readBoardPolicy, WORKSHOP_MAP_NAMES, type EntryChange } from '@essaim/shared';
import type { Connection } from './Connection.js';

/** What an update would really do, worked out on the room's shadow copy (`ShadowDoc`). */
export interface UpdateEffect {
  /** every entry whose value it changes */
  changes: readonly EntryChange[];
  /** it carries structs the document does not have yet (even ones that show nothing) */
  grows: boolean;
}

/** Which root maps a document may hold, and whether one connection may make a given effect. */
export interface UpdateGuard {
  roots: ReadonlySet<string>;
  /** why the effect must be refused, or null to apply it; runs before the real document is touched */
  judge(effect: UpdateEffect, doc: Y.Doc, conn: Connection): string | null;
  /** why this connection may change nothing at all now, or null: its updates are then refused without being tried */
  readOnly(doc: Y.Doc, conn: Connection): string | null;
  /** whether this connection may write in note `key` now: only then may its presence claim the note (`editing`) */
  mayWriteIn(doc: Y.Doc, conn: Connection, key: string): boolean;
  /** whether this connection may move zone `key` now: only then does its presence show the zone dragged (`dragZones`) */
  mayMoveZone(doc: Y.Doc, conn: Connection, key: string): boolean;
}

/** A different text of the same length: the change writing in a note is, whatever it writes. */
const otherText = (text: string): string => (text.length === 0 ? 'x' : text.slice(0, -1) + (text.endsWith('x') ? 'y' : 'x'));

/** Room boards: each change within the sender's rights and the board's rules (`BOARD_RIGHTS`); observers write nothing at all. */
export const boardGuard: UpdateGuard = {
  roots: new Set<string>(Object.values(BOARD_MAP_NAMES)),
  judge: ({ changes, grows }, doc, conn) => {
    if (grows && conn.actor.role === 'observer') return 'observers cannot change the board';
    return checkBoardChanges(changes, conn.actor, readBoardPolicy(doc), docReader(doc));
  },
  readOnly: (doc, conn) => {
    if (conn.actor.role === 'observer') return 'observers cannot change the board';
    return conn.actor.role === 'participant' && readBoardPolicy(doc).locked ? 'the board is locked' : null;
  },
  mayWriteIn: (doc, conn, key) => {
    const note = boardMaps(doc).notes.get(key);
    if (!note || boardGuard.readOnly(doc, conn)) return false;
    const change = { map: BOARD_MAP_NAMES.notes, key, before: note, after: { ...note, text: otherText(note.text) } };
    return boardGuard.judge({ changes: [change], grows: false }, doc, conn) === null;
  },
  mayMoveZone: (doc, conn, key) => {
    const frame = boardMaps(doc).frames.get(key);
    if (!frame || boardGuard.readOnly(doc, conn)) return false;
    // one step towards the centre: a move that stays on the board wherever the zone is
    const change = { map: BOARD_MAP_NAMES.frames, key, before: frame, after: { ...frame, x: frame.x > 0 ? frame.x - 1 : frame.x + 1 } };
    return boardGuard.judge({ changes: [change], grows: false }, doc, conn) === null;
  },
};

const WORKSHOP_READ_ONLY = 'the workshop document is written by the server only';

/** The workshop document is written by the server only (facilitators act through HTTP). */
export const workshopGuard: UpdateGuard = {
  roots: new Set<string>(Object.values(WORKSHOP_MAP_NAMES)),
  judge: ({ changes, grows }) => (changes.length > 0 || grows ? WORKSHOP_READ_ONLY : null),
  readOnly: () => WORKSHOP_READ_ONLY,
  mayWriteIn: () => false,
  mayMoveZone: () => false,
};

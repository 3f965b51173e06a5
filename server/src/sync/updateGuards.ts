import type * as Y from 'yjs';
import {
  BOARD_MAP_NAMES,
  BOARD_RIGHTS,
  boardMaps,
  checkBoardChanges,
  docReader,
  DRAFTS_MAX,
  noteType,
  readBoardPolicy,
  RightsContext,
  WORKSHOP_MAP_NAMES,
  type BoardPolicy,
  type EntryChange,
  type Note,
} from '@essaim/shared';
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
  /** of zones `keys`, those this connection may move now: only those does its presence show dragged (`dragZones`) */
  movableZones(doc: Y.Doc, conn: Connection, keys: readonly string[]): string[];
  /**
   * of notes `keys`, those whose live drag its presence may show (`drag`): notes it may move now,
   * and ids the board has no note under (nothing is drawn for them; a note on its way)
   */
  draggableNotes(doc: Y.Doc, conn: Connection, keys: readonly string[]): string[];
}

/** A different text of the same length: the change writing in a note is, whatever it writes. */
const otherText = (text: string): string => (text.length === 0 ? 'x' : text.slice(0, -1) + (text.endsWith('x') ? 'y' : 'x'));

/**
 * Room boards: each change within the sender's rights and the board's rules (`BOARD_RIGHTS`);
 * observers write nothing at all. `timerLocks` says whether the room's timer has ended with
 * `lockAtEnd` right now: participants are then held exactly as on a board the facilitator locked.
 */
export function boardGuard(timerLocks: () => boolean): UpdateGuard {
  /** the board's rules, locked while the room's timer holds it */
  const policyOf = (doc: Y.Doc): BoardPolicy => {
    const policy = readBoardPolicy(doc);
    return policy.locked || !timerLocks() ? policy : { ...policy, locked: true };
  };
  const guard: UpdateGuard = {
    roots: new Set<string>(Object.values(BOARD_MAP_NAMES)),
    judge: ({ changes, grows }, doc, conn) => {
      if (grows && conn.actor.role === 'observer') return 'observers cannot change the board';
      return checkBoardChanges(changes, conn.actor, policyOf(doc), docReader(doc));
    },
    readOnly: (doc, conn) => {
      if (conn.actor.role === 'observer') return 'observers cannot change the board';
      if (conn.actor.role !== 'participant') return null;
      if (readBoardPolicy(doc).locked) return 'the board is locked';
      return timerLocks() ? 'the board is locked: the room’s timer has ended' : null;
    },
    mayWriteIn: (doc, conn, key) => {
      const note = boardMaps(doc).notes.get(key);
      if (!note || guard.readOnly(doc, conn)) return false;
      const change = { map: BOARD_MAP_NAMES.notes, key, before: note, after: { ...note, text: otherText(note.text) } };
      return guard.judge({ changes: [change], grows: false }, doc, conn) === null;
    },
    movableZones: (doc, conn, keys) => {
      // Who may never change a zone is refused without a look at each (a presence change costs its sender's rights check, not 20).
      if (conn.actor.role !== 'facilitator' && BOARD_RIGHTS.frames.participants === 'never') return [];
      if (guard.readOnly(doc, conn)) return [];
      const frames = boardMaps(doc).frames;
      // one step towards the centre: a move that stays on the board wherever the zone is
      const moves = keys.flatMap((key) => {
        const frame = frames.get(key);
        return frame ? [{ map: BOARD_MAP_NAMES.frames, key, before: frame, after: { ...frame, x: frame.x > 0 ? frame.x - 1 : frame.x + 1 } }] : [];
      });
      const judge = (changes: EntryChange[]) => guard.judge({ changes, grows: false }, doc, conn) === null;
      // all at once, as the drop will be written; one by one only when one of them is refused
      return (judge(moves) ? moves : moves.filter((move) => judge([move]))).map((move) => move.key);
    },
    draggableNotes: (doc, conn, keys) => {
      if (guard.readOnly(doc, conn)) return [];
      if (conn.actor.role === 'facilitator') return [...keys];
      const notes = boardMaps(doc).notes;
      // the rule of moving a note (`RightsContext.mayMove`: own or moveAll, not in a locked zone), locked zones read once
      const ctx = new RightsContext(conn.actor, policyOf(doc), docReader(doc));
      return keys.filter((key) => {
        const value = notes.get(key);
        if (value === undefined) return true;
        const note = placedNote(value);
        return note !== null && ctx.mayMove(note);
      });
    },
  };
  return guard;
}

/**
 * The fields of a stored note that say who may move it: read as they are, not parsed — the server
 * judged every note it holds — so a drag of 100 notes costs no schema reading per message.
 */
function placedNote(value: unknown): Note | null {
  if (typeof value !== 'object' || value === null) return null;
  const { authorId, x, y, width, height } = value as Partial<Note>;
  const numbers = [x, y, width, height].every((n) => typeof n === 'number');
  return typeof authorId === 'string' && numbers ? (value as Note) : null;
}

/** What a drafts document's guard reads of its room, without waiting (`LiveWorkshops`). */
export interface DraftsRoomState {
  /** the room's private writing phase is on */
  writing(): boolean;
  /** the room's timer has ended with `lockAtEnd` */
  timerLocks(): boolean;
}

/**
 * A participant's drafts (`w/<workshopId>/r/<roomId>/p/<participantId>`): only its author writes,
 * only while the room's private phase is on (and its timer does not hold the room), only notes —
 * each strictly in the contract's shape, signed by the author, with no room tag, cluster or
 * category — and at most `DRAFTS_MAX` of them. The other board maps stay empty. Nobody else ever
 * opens the document (`syncRoutes`), so presence shows no drag: there is no one to show it to.
 */
export function draftsGuard(authorId: string, room: DraftsRoomState): UpdateGuard {
  const guard: UpdateGuard = {
    roots: new Set<string>(Object.values(BOARD_MAP_NAMES)),
    judge: ({ changes }, doc, conn) => {
      if (conn.participantId !== authorId) return 'drafts are written by their author only';
      let count = boardMaps(doc).notes.size;
      for (const change of changes) {
        if (change.map !== BOARD_MAP_NAMES.notes) return `drafts hold notes only (${change.map}.${change.key})`;
        if (change.after === undefined) {
          if (change.before !== undefined) count--;
          continue;
        }
        const note = noteType.validate(change.key, change.after);
        if (!note) return `malformed draft (notes.${change.key})`;
        if (note.authorId !== authorId) return `a draft carries its author’s id (notes.${change.key})`;
        if (note.room !== undefined) return `a draft comes from no room (notes.${change.key})`;
        if (note.groupId != null || note.categoryId != null) return `a draft is in no cluster or category (notes.${change.key})`;
        if (change.before === undefined) count++;
      }
      return count > DRAFTS_MAX ? `at most ${DRAFTS_MAX} drafts` : null;
    },
    readOnly: (_doc, conn) => {
      if (conn.participantId !== authorId || conn.actor.role === 'observer') return 'drafts are written by their author only';
      if (!room.writing()) return 'no private writing phase in this room';
      return conn.actor.role === 'participant' && room.timerLocks() ? 'the room’s timer has ended' : null;
    },
    mayWriteIn: (doc, conn, key) => guard.readOnly(doc, conn) === null && boardMaps(doc).notes.has(key),
    movableZones: () => [],
    draggableNotes: () => [],
  };
  return guard;
}

const WORKSHOP_READ_ONLY = 'the workshop document is written by the server only';

/** The workshop document is written by the server only (facilitators act through HTTP). */
export const workshopGuard: UpdateGuard = {
  roots: new Set<string>(Object.values(WORKSHOP_MAP_NAMES)),
  judge: ({ changes, grows }) => (changes.length > 0 || grows ? WORKSHOP_READ_ONLY : null),
  readOnly: () => WORKSHOP_READ_ONLY,
  mayWriteIn: () => false,
  movableZones: () => [],
  draggableNotes: () => [],
};

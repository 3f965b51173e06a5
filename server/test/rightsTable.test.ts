import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { BOARD_MAP_NAMES, boardMaps, CLOSE_CODES, setBoardPolicy, type BoardPolicy, type Frame, type Note, type Role } from '@essaim/shared';
import { refusedChanges, useLoggedServer, type LogCapture } from './logCapture.js';
import { sampleNote, storedDoc, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { openRawClient, type RawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';
import { openWorkshop, type WorkshopScene } from './workshopScene.js';

/** The acting person's id, and the id of another participant of the same room. */
interface Ids {
  self: string;
  other: string;
}
type Change = (doc: Y.Doc, ids: Ids) => void;

/** Every note on the board is authored by someone: `mine` by the actor, `theirs` by Marc. */
const MINE = 'mine';
const THEIRS = 'theirs';
/** written by the facilitator after a refusal: once it has arrived, anything relayed before it has too */
const MARKER = 'marker';

const notesOf = (doc: Y.Doc) => boardMaps(doc).notes;
/** Replaces a note with a copy carrying other values, as a client does for any edit. */
const rewrite =
  (id: string, fields: (ids: Ids) => Record<string, unknown>): Change =>
  (doc, ids) =>
    notesOf(doc).set(id, { ...notesOf(doc).get(id)!, ...fields(ids), updatedAt: 1_700_000_000_500 } as Note);

const create: Change = (doc, { self }) => writeNote(doc, sampleNote('new', self));
const createForged: Change = (doc, { other }) => writeNote(doc, sampleNote('new', other));
const editText = (id: string) => rewrite(id, () => ({ text: 'Réécrit par quelqu’un d’autre' }));
const editColour = (id: string) => rewrite(id, () => ({ color: 'pink' }));
const move = (id: string) => rewrite(id, () => ({ x: 900, y: 640 }));
const resize = (id: string) => rewrite(id, () => ({ width: 320, height: 240 }));
const remove = (id: string): Change => (doc) => notesOf(doc).delete(id);
const writeMeta: Change = (doc) => setBoardPolicy(doc, { locked: false, editAll: true, moveAll: true });
/** Set up by the facilitator on every board of these rows: a zone, a locked zone holding Marc's note, a link. */
const ZONE = 'zone';
const LOCKED_ZONE = 'locked-zone';
const IN_LOCKED = 'in-locked-zone';
const LINK = 'link';
const zone = (id: string, over: Partial<Frame> = {}): Frame => ({ id, title: 'Besoins', x: -3000, y: 0, width: 800, height: 600, color: 'blue', ...over });
const framesOf = (doc: Y.Doc) => boardMaps(doc).frames;
const linksOf = (doc: Y.Doc) => boardMaps(doc).links;
const writeFrame: Change = (doc) => framesOf(doc).set('f1', zone('f1', { x: 0 }));
const deleteFrame: Change = (doc) => framesOf(doc).delete(ZONE);
const lockZone: Change = (doc) => framesOf(doc).set(ZONE, zone(ZONE, { locked: true }));
// what version 1 let a facilitator write: any JSON
const writeLooseFrame: Change = (doc) => doc.getMap(BOARD_MAP_NAMES.frames).set('f1', { id: 'f1', x: 0, y: 0, width: 800, height: 600, title: 'Besoins' });
const writeLink = (from: string, to: string): Change => (doc) => linksOf(doc).set('l2', { id: 'l2', from, to, kind: 'cause' });
const writeLooseLink: Change = (doc) => doc.getMap(BOARD_MAP_NAMES.links).set('l2', { id: 'l2', from: MINE, to: THEIRS, kind: 'cause', weight: 3 });
const deleteLink: Change = (doc) => linksOf(doc).delete(LINK);
const moveIntoLockedZone = rewrite(MINE, () => ({ x: 5100, y: 100 }));
const writeLabel: Change = (doc) => boardMaps(doc).labels.set('h1', { id: 'h1', text: 'Quels besoins non couverts ?', x: 0, y: -300, fontSize: 48 });
const writeLooseLabel: Change = (doc) => doc.getMap(BOARD_MAP_NAMES.labels).set('h1', { id: 'h1', text: 'Titre', x: 0, y: 0, fontSize: 48, html: '<b>x</b>' });
const writeCategories: Change = (doc) => boardMaps(doc).meta.set('categories', [{ id: 'c1', name: 'Centre-bourg', color: 'green' }]);
const tagOwnNote = rewrite(MINE, () => ({ categoryId: 'c1' }));
const writeSchemaVersion: Change = (doc) => boardMaps(doc).meta.set('schemaVersion', 99);
const writeUnknownMeta: Change = (doc) => boardMaps(doc).meta.set('theme', 'sombre');
// A root no board schema has: the literal name on purpose.
const writeUnknownRoot: Change = (doc) => doc.getMap('evil').set('k', 'v');
const writeNestedType: Change = (doc) => notesOf(doc).set('nested', new Y.Map() as unknown as Note);
const giveAway = (id: string) => rewrite(id, ({ other }) => ({ authorId: other }));
const takeOver = (id: string) => rewrite(id, ({ self }) => ({ authorId: self }));
const extraField: Change = (doc, { self }) => notesOf(doc).set('new', { ...sampleNote('new', self), script: '<img src=x onerror=alert(1)>' } as Note);
const badColour: Change = (doc, { self }) => notesOf(doc).set('new', { ...sampleNote('new', self), color: 'fuchsia' } as unknown as Note);
const keyNotId: Change = (doc, { self }) => notesOf(doc).set('new', sampleNote('other-id', self));

interface Row {
  role: Role;
  action: string;
  change: Change;
  policy?: Partial<BoardPolicy>;
  /** the reason the server must log; absent: the change is allowed */
  refused?: RegExp;
}

const NOT_OWN_EDIT = /may only edit own notes/;
const MALFORMED = /malformed note/;
const AUTHOR_FIXED = /author of a note cannot change/;
const OBSERVER = /observers cannot change/;
const FRAMES = /participants cannot change frames/;
const NO_END = /a link joins two notes/;
const LOCKED_ZONE_REFUSAL = /locked zone/;
const SERVER_ONLY = /only the server writes/;

const ROWS: Row[] = [
  // participant
  { role: 'participant', action: 'create a note signed with their own id', change: create },
  { role: 'participant', action: 'create a note signed with someone else’s id', change: createForged, refused: /must carry its author/ },
  { role: 'participant', action: 'edit the text of their own note', change: editText(MINE) },
  { role: 'participant', action: 'change the colour of their own note', change: editColour(MINE) },
  { role: 'participant', action: 'edit the text of someone else’s note', change: editText(THEIRS), refused: NOT_OWN_EDIT },
  { role: 'participant', action: 'change the colour of someone else’s note', change: editColour(THEIRS), refused: NOT_OWN_EDIT },
  { role: 'participant', action: 'edit the text of someone else’s note when editAll', change: editText(THEIRS), policy: { editAll: true } },
  { role: 'participant', action: 'change the colour of someone else’s note when editAll', change: editColour(THEIRS), policy: { editAll: true } },
  { role: 'participant', action: 'delete their own note', change: remove(MINE) },
  { role: 'participant', action: 'delete someone else’s note', change: remove(THEIRS), refused: /may only delete own notes/ },
  { role: 'participant', action: 'delete someone else’s note when editAll', change: remove(THEIRS), policy: { editAll: true } },
  { role: 'participant', action: 'move someone else’s note', change: move(THEIRS) },
  { role: 'participant', action: 'resize someone else’s note', change: resize(THEIRS) },
  { role: 'participant', action: 'move someone else’s note when moveAll is false', change: move(THEIRS), policy: { moveAll: false }, refused: /may only move own notes/ },
  { role: 'participant', action: 'resize someone else’s note when moveAll is false', change: resize(THEIRS), policy: { moveAll: false }, refused: /may only move own notes/ },
  { role: 'participant', action: 'move their own note when moveAll is false', change: move(MINE), policy: { moveAll: false } },
  { role: 'participant', action: 'create a note on a locked board', change: create, policy: { locked: true }, refused: /board is locked/ },
  { role: 'participant', action: 'edit their own note on a locked board', change: editText(MINE), policy: { locked: true }, refused: /board is locked/ },
  { role: 'participant', action: 'write the board’s meta (granting themself editAll)', change: writeMeta, refused: /participants cannot change meta/ },
  { role: 'participant', action: 'create a frame', change: writeFrame, refused: FRAMES },
  { role: 'participant', action: 'delete a frame', change: deleteFrame, refused: FRAMES },
  { role: 'participant', action: 'create a link between two notes', change: writeLink(MINE, THEIRS) },
  { role: 'participant', action: 'delete a link', change: deleteLink },
  { role: 'participant', action: 'link a note to a missing one', change: writeLink(MINE, 'ghost'), refused: NO_END },
  { role: 'participant', action: 'move their own note into a locked zone', change: moveIntoLockedZone, refused: LOCKED_ZONE_REFUSAL },
  { role: 'participant', action: 'edit a note inside a locked zone when editAll', change: editText(IN_LOCKED), policy: { editAll: true }, refused: LOCKED_ZONE_REFUSAL },
  { role: 'participant', action: 'write the schema version', change: writeSchemaVersion, refused: SERVER_ONLY },
  { role: 'participant', action: 'write a heading', change: writeLabel, refused: /participants cannot change labels/ },
  { role: 'participant', action: 'define the categories', change: writeCategories, refused: /participants cannot change meta/ },
  { role: 'participant', action: 'give their own note a category', change: tagOwnNote },
  { role: 'participant', action: 'write an unknown root map', change: writeUnknownRoot, refused: /unknown root type evil/ },
  { role: 'participant', action: 'write a nested Y type', change: writeNestedType, refused: /only plain JSON entries/ },
  { role: 'participant', action: 'give their own note to someone else (authorId)', change: giveAway(MINE), refused: AUTHOR_FIXED },
  { role: 'participant', action: 'take over someone else’s note (authorId)', change: takeOver(THEIRS), refused: AUTHOR_FIXED },
  { role: 'participant', action: 'write a note with an extra field', change: extraField, refused: MALFORMED },
  { role: 'participant', action: 'write a note with an unknown colour', change: badColour, refused: MALFORMED },
  { role: 'participant', action: 'write a note under a key that is not its id', change: keyNotId, refused: MALFORMED },
  {
    role: 'participant',
    action: 'slip an edit of someone else’s note into the same update as a note of their own',
    change: (doc, ids) => doc.transact(() => (create(doc, ids), editText(THEIRS)(doc, ids))),
    refused: NOT_OWN_EDIT,
  },
  // facilitator
  { role: 'facilitator', action: 'create a note signed with a participant’s id', change: createForged },
  { role: 'facilitator', action: 'edit the text of someone else’s note', change: editText(THEIRS) },
  { role: 'facilitator', action: 'change the colour of someone else’s note', change: editColour(THEIRS) },
  { role: 'facilitator', action: 'delete someone else’s note', change: remove(THEIRS) },
  { role: 'facilitator', action: 'move someone else’s note when moveAll is false', change: move(THEIRS), policy: { moveAll: false } },
  { role: 'facilitator', action: 'resize someone else’s note when moveAll is false', change: resize(THEIRS), policy: { moveAll: false } },
  { role: 'facilitator', action: 'create a note on a locked board', change: create, policy: { locked: true } },
  { role: 'facilitator', action: 'unlock the board (meta)', change: writeMeta, policy: { locked: true } },
  { role: 'facilitator', action: 'write a frame', change: writeFrame },
  { role: 'facilitator', action: 'lock a zone', change: lockZone },
  { role: 'facilitator', action: 'edit a note inside a locked zone', change: editText(IN_LOCKED) },
  { role: 'facilitator', action: 'write a frame that is not in the contract shape', change: writeLooseFrame, refused: /malformed frame/ },
  { role: 'facilitator', action: 'write a link with an extra field', change: writeLooseLink, refused: /malformed link/ },
  { role: 'facilitator', action: 'link a note to a missing one', change: writeLink(MINE, 'ghost'), refused: NO_END },
  { role: 'facilitator', action: 'write the schema version', change: writeSchemaVersion, refused: SERVER_ONLY },
  { role: 'facilitator', action: 'write a heading', change: writeLabel },
  { role: 'facilitator', action: 'write a heading with an extra field', change: writeLooseLabel, refused: /malformed label/ },
  { role: 'facilitator', action: 'define the categories', change: writeCategories },
  { role: 'facilitator', action: 'write a meta key no schema has', change: writeUnknownMeta, refused: /unknown meta key/ },
  { role: 'facilitator', action: 'write an unknown root map', change: writeUnknownRoot, refused: /unknown root type evil/ },
  { role: 'facilitator', action: 'write a nested Y type', change: writeNestedType, refused: /only plain JSON entries/ },
  { role: 'facilitator', action: 'change the author of a note', change: takeOver(THEIRS), refused: AUTHOR_FIXED },
  { role: 'facilitator', action: 'write a note with an extra field', change: extraField, refused: MALFORMED },
  { role: 'facilitator', action: 'write a note with an unknown colour', change: badColour, refused: MALFORMED },
  { role: 'facilitator', action: 'write a note under a key that is not its id', change: keyNotId, refused: MALFORMED },
  // observer
  { role: 'observer', action: 'create a note signed with their own id', change: create, refused: OBSERVER },
  { role: 'observer', action: 'edit the text of a note', change: editText(MINE), refused: OBSERVER },
  { role: 'observer', action: 'change the colour of a note', change: editColour(THEIRS), refused: OBSERVER },
  { role: 'observer', action: 'delete a note', change: remove(THEIRS), refused: OBSERVER },
  { role: 'observer', action: 'move a note', change: move(THEIRS), refused: OBSERVER },
  { role: 'observer', action: 'write the board’s meta', change: writeMeta, refused: OBSERVER },
];

/** What a board shows, every root the rows touch, the marker left out. */
function contentOf(doc: Y.Doc): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const name of [...Object.values(BOARD_MAP_NAMES), 'evil']) {
    const json = doc.getMap(name).toJSON();
    if (name === BOARD_MAP_NAMES.notes) delete json[MARKER];
    content[name] = json;
  }
  return content;
}

interface RightsScene {
  scene: WorkshopScene;
  logs: LogCapture;
  docName: string;
  ids: Ids;
  /** the facilitator's provider: sets the rules, writes the notes and the marker */
  writer: TestProvider;
  /** Marc's provider, connected before the change is sent */
  watcher: TestProvider;
  actor: RawClient;
}

/**
 * A breakout board with Lina and Marc (participants), the facilitator and an observer: the
 * facilitator sets the board's rules and writes one note by the actor and one by Marc, a zone,
 * a locked zone holding another note by Marc, and a link between the first two; the
 * actor then holds a raw socket with the server's copy of the board.
 */
async function openRightsScene(role: Role, policy: Partial<BoardPolicy> | undefined): Promise<RightsScene> {
  const { server, logs } = await useLoggedServer();
  const scene = await openWorkshop({ rooms: 1 }, server);
  const room = scene.breakouts[0]!;
  const lina = await scene.join('Lina');
  const marc = await scene.join('Marc');
  const observer = await scene.invite('observer', 'Observatoire');
  expect([lina.roomId, marc.roomId]).toEqual([room.id, room.id]);
  const actor = {
    participant: { id: lina.participantId, token: lina.token },
    facilitator: { id: scene.workshop.facilitatorId, token: scene.workshop.facilitatorToken },
    observer: { id: observer.participantId, token: observer.token },
  }[role];
  const ids = { self: actor.id, other: marc.participantId };
  const docName = scene.board(room.id);

  const writer = scene.connect(docName, scene.workshop.facilitatorToken);
  const watcher = scene.connect(docName, marc.token);
  await whenSynced(writer);
  await whenSynced(watcher);
  if (policy) setBoardPolicy(writer.doc, policy);
  writeNote(writer.doc, sampleNote(MINE, ids.self, { x: 0 }));
  writeNote(writer.doc, sampleNote(THEIRS, ids.other, { x: 200 }));
  writer.doc.transact(() => {
    writeNote(writer.doc, sampleNote(IN_LOCKED, ids.other, { x: 5100, y: 100 }));
    framesOf(writer.doc).set(ZONE, zone(ZONE));
    framesOf(writer.doc).set(LOCKED_ZONE, zone(LOCKED_ZONE, { x: 5000, locked: true }));
    linksOf(writer.doc).set(LINK, { id: LINK, from: MINE, to: THEIRS, kind: 'plain' });
  });
  await waitFor(() => linksOf(watcher.doc).has(LINK), 5000, 'the board to reach Marc');

  const raw = await openRawClient(server.wsUrl, docName, actor.token);
  expect(contentOf(raw.doc)).toEqual(contentOf(watcher.doc));
  return { scene, logs, docName, ids, writer, watcher, actor: raw };
}

/**
 * Sends the row's change from the actor's raw socket. Allowed: Marc and the storage get it.
 * Refused: 4409, logged with the actor's id and the reason, and nothing of it reaches Marc,
 * the storage, or the storage after a restart.
 */
async function checkRow(row: Row, as: 'update' | 'step2' = 'update'): Promise<void> {
  const { scene, logs, docName, ids, writer, watcher, actor } = await openRightsScene(row.role, row.policy);
  const before = contentOf(actor.doc);

  actor.send((doc) => row.change(doc, ids), as);

  const after = contentOf(actor.doc);
  // The row really changes something, or it would prove nothing.
  expect(after).not.toEqual(before);

  if (!row.refused) {
    await waitFor(() => isDeepStrictEqual(contentOf(watcher.doc), after), 5000, 'the change to reach Marc');
    expect(contentOf(await storedDoc(scene.server.storage, docName))).toEqual(after);
    expect(actor.socket.readyState).toBe(WebSocket.OPEN);
    expect(refusedChanges(logs)).toEqual([]);
    return;
  }

  expect((await closeOf(actor)).code).toBe(CLOSE_CODES.RefusedChange);
  // An allowed write from a third client, sent after the refusal: once Marc has it, he would have the refused one too.
  writeNote(writer.doc, sampleNote(MARKER, scene.workshop.facilitatorId, { x: -400 }));
  await waitFor(() => notesOf(watcher.doc).has(MARKER), 5000, 'the marker to reach Marc');
  expect(contentOf(watcher.doc)).toEqual(before);
  expect([watcher.closeCodes, writer.closeCodes]).toEqual([[], []]);

  const stored = await storedDoc(scene.server.storage, docName);
  expect(notesOf(stored).has(MARKER)).toBe(true);
  expect(contentOf(stored)).toEqual(before);

  await waitFor(() => refusedChanges(logs).length > 0, 5000, 'the refusal to be logged');
  expect(refusedChanges(logs)).toEqual([expect.objectContaining({ participantId: ids.self, doc: docName, reason: expect.stringMatching(row.refused) })]);

  // What was in memory is written on shutdown: the refused change must not be there either.
  await scene.server.stop();
  const restarted = await useServer({}, scene.server.dataDir);
  const reloaded = await storedDoc(restarted.storage, docName);
  expect(notesOf(reloaded).has(MARKER)).toBe(true);
  expect(contentOf(reloaded)).toEqual(before);
}

describe('the rights table (docs/API.md « Board rules »), one raw update per row', () => {
  it.each(ROWS.map((row) => [`${row.role} ${row.refused ? 'may not' : 'may'} ${row.action}`, row] as const))('%s', (_name, row) => checkRow(row));

  it('applies the same rules to a sync step 2, the way offline edits arrive on reconnecting', async () => {
    await checkRow({ role: 'participant', action: 'edit someone else’s note offline', change: editText(THEIRS), refused: NOT_OWN_EDIT }, 'step2');
  });

  it('accepts allowed changes in a sync step 2', async () => {
    await checkRow({ role: 'participant', action: 'create a note offline', change: create }, 'step2');
  });
});

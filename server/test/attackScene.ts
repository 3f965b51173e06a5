import { expect } from 'vitest';
import type { Config } from '../src/config.js';
import * as Y from 'yjs';
import { noteIds, openBoard, sampleNote, storedDoc, writeNote, type Board } from './openBoard.js';
import { waitFor, whenSynced, type TestProvider } from './providers.js';
import { openRawSocket, type RawSocket } from './rawSocket.js';

/** A board with a note on it, a writer and an observer already connected: what an attack must not disturb. */
export interface AttackScene extends Board {
  writer: TestProvider;
  observer: TestProvider;
}

export async function openAttackScene(overrides: Partial<Config> = {}): Promise<AttackScene> {
  const board = await openBoard(overrides);
  const writer = board.connect(board.workshop.facilitatorToken);
  const observer = board.connect();
  await whenSynced(writer);
  await whenSynced(observer);
  writeNote(writer.doc, sampleNote('before', board.workshop.facilitatorId));
  await waitFor(() => noteIds(observer.doc).includes('before'), 5000, 'the first note to reach the observer');
  return { ...board, writer, observer };
}

/** An authenticated raw socket that has joined the room (the server's sync step 1 arrived). */
export async function openAttacker(scene: AttackScene): Promise<RawSocket> {
  const raw = openRawSocket(scene.server.wsUrl, scene.docName, scene.participant.token);
  await raw.opened;
  await waitFor(() => raw.messages.length > 0, 5000, 'the attacker to join the room');
  return raw;
}

/**
 * After an attack: the observer is still connected and receives a note the writer adds, a
 * fresh participant gets exactly the two real notes, and storage holds nothing else.
 */
export async function expectUndisturbed(scene: AttackScene): Promise<void> {
  writeNote(scene.writer.doc, sampleNote('after', scene.workshop.facilitatorId));
  await waitFor(() => noteIds(scene.observer.doc).includes('after'), 5000, 'the observer to receive the note written after the attack');
  expect(scene.observer.closeCodes).toEqual([]);

  const fresh = scene.connect();
  await whenSynced(fresh);
  expect(noteIds(fresh.doc)).toEqual(['after', 'before']);

  const { snapshot, updates } = await scene.server.storage.loadDocument(scene.docName);
  for (const update of snapshot ? [snapshot, ...updates] : updates) expect(() => Y.decodeUpdate(update)).not.toThrow();
  const stored = await storedDoc(scene.server.storage, scene.docName);
  // Read the root names before noteIds() touches the document: a half-applied update would add one.
  expect([...stored.share.keys()]).toEqual(['notes']);
  expect(noteIds(stored)).toEqual(['after', 'before']);
}

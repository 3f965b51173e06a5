import { describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '@essaim/shared';
import { refusedChanges } from './logCapture.js';
import { noteIds, sampleNote, writeNote } from './openBoard.js';
import { openPresenceScene, present, seen } from './presenceScene.js';
import { waitFor, type TestProvider } from './providers.js';
import { openRawClient } from './rawClient.js';
import { closeOf } from './rawSocket.js';

/** A client id no provider of the test uses (Yjs picks 32-bit random ones). */
const RAW_ID = 11;

const editingOf = (by: TestProvider, clientId: number) => (by.provider.awareness.getStates().get(clientId) as { editing?: unknown } | undefined)?.editing;

describe('the editing claim in presence', () => {
  it('relays the note a person has open in the editor, and its withdrawal, to the others', async () => {
    const { scene, docName, lina, marc } = await openPresenceScene();
    const watcher = await present(scene, docName, marc);
    const writer = await present(scene, docName, lina);
    await seen(watcher, writer);
    // a claim counts only on a note its person may write in: her own
    writeNote(writer.doc, sampleNote('note-42', lina.user.id));
    await waitFor(() => noteIds(watcher.doc).includes('note-42'), 5000, 'Lina’s note to reach Marc');

    writer.provider.awareness.setLocalStateField('editing', 'note-42');
    await waitFor(() => editingOf(watcher, writer.doc.clientID) === 'note-42', 5000, 'the claim to reach Marc');

    writer.provider.awareness.setLocalStateField('editing', null);
    await waitFor(() => editingOf(watcher, writer.doc.clientID) === null, 5000, 'the withdrawal to reach Marc');
    expect([watcher.closeCodes, writer.closeCodes]).toEqual([[], []]);
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['something no note id can be', '../../etc'],
    ['a name of an object’s internals', '__proto__'],
    ['an object', { id: 'note-42' }],
  ])('closes with 4409 a claim on %s, and nobody sees it', async (_case, editing) => {
    const { scene, logs, docName, lina, marc, animation } = await openPresenceScene();
    const watcher = await present(scene, docName, marc);
    const mover = await present(scene, docName, animation);
    await seen(watcher, mover);
    const raw = await openRawClient(scene.server.wsUrl, docName, lina.token);

    raw.sendAwareness([{ clientId: RAW_ID, clock: 1, state: { user: lina.user, editing } }]);

    expect((await closeOf(raw)).code).toBe(CLOSE_CODES.RefusedChange);
    // A change sent after the refusal: once Marc has it, he would have had the junk claim too.
    mover.provider.awareness.setLocalStateField('cursor', { x: 31, y: 0 });
    await seen(watcher, mover, { x: 31, y: 0 });
    expect(watcher.provider.awareness.getStates().has(RAW_ID)).toBe(false);
    expect(refusedChanges(logs)).toEqual([expect.objectContaining({ participantId: lina.user.id, reason: expect.stringMatching(/editing/) })]);
  });
});

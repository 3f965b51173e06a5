import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { boardMaps, readNotes } from '@essaim/shared';
import { boardOn, noteIds, openBoard, sampleNote, useServer, writeNote } from './openBoard.js';
import { waitFor, whenSynced } from './providers.js';

describe('the y-websocket sync contract', () => {
  it('lets a facilitator and a participant exchange a note in the contract shape', async () => {
    const board = await openBoard();
    const facilitator = board.connect(board.workshop.facilitatorToken);
    const participant = board.connect(board.participant.token);
    await whenSynced(facilitator);
    await whenSynced(participant);

    const note = sampleNote('n-1', board.workshop.facilitatorId, { text: 'Un jardin partagé', color: 'green' });
    // The literal map name on purpose: this is the documented layout a third-party client relies
    // on, so renaming it in shared/src/schema must turn this test red, not follow silently.
    facilitator.doc.getMap('notes').set(note.id, note);

    await waitFor(() => participant.doc.getMap('notes').has('n-1'), 5000, 'the note to reach the participant');
    expect(participant.doc.getMap('notes').get('n-1')).toEqual(note);
    // …and the board model reads it back as a well-formed note.
    expect(readNotes(participant.doc)).toEqual([note]);
  });

  it('propagates an edit (the entry replaced) in both directions', async () => {
    const board = await openBoard();
    const a = board.connect(board.workshop.facilitatorToken);
    const b = board.connect();
    await whenSynced(a);
    await whenSynced(b);
    // The participant's own note: they may edit it, and the facilitator may edit anything.
    const original = sampleNote('n-1', board.participant.participantId);
    writeNote(a.doc, original);
    await waitFor(() => boardMaps(b.doc).notes.has('n-1'), 5000, 'the note to reach b');

    const editedByB = { ...original, text: 'Reformulé par Lina', x: 400, updatedAt: 1_700_000_100_000 };
    writeNote(b.doc, editedByB);
    await waitFor(() => boardMaps(a.doc).notes.get('n-1')?.text === editedByB.text, 5000, 'b’s edit to reach a');
    expect(boardMaps(a.doc).notes.get('n-1')).toEqual(editedByB);

    const editedByA = { ...editedByB, color: 'pink' as const, width: 240, updatedAt: 1_700_000_200_000 };
    writeNote(a.doc, editedByA);
    await waitFor(() => boardMaps(b.doc).notes.get('n-1')?.color === 'pink', 5000, 'a’s edit to reach b');
    expect(boardMaps(b.doc).notes.get('n-1')).toEqual(editedByA);
  });

  it('propagates a delete in both directions', async () => {
    const board = await openBoard();
    const a = board.connect(board.workshop.facilitatorToken);
    const b = board.connect();
    await whenSynced(a);
    await whenSynced(b);
    // Written by the facilitator for the participant, so both sides may delete it.
    writeNote(a.doc, sampleNote('from-a', board.participant.participantId));
    writeNote(b.doc, sampleNote('from-b', board.participant.participantId));
    writeNote(b.doc, sampleNote('kept', board.participant.participantId));
    await waitFor(() => noteIds(a.doc).length === 3 && noteIds(b.doc).length === 3, 5000, 'both to see three notes');

    boardMaps(a.doc).notes.delete('from-b');
    boardMaps(b.doc).notes.delete('from-a');

    await waitFor(() => noteIds(a.doc).length === 1 && noteIds(b.doc).length === 1, 5000, 'both deletes to propagate');
    expect(noteIds(a.doc)).toEqual(['kept']);
    expect(noteIds(b.doc)).toEqual(['kept']);
  });

  it('gives a late joiner everything written before it arrived', async () => {
    const board = await openBoard();
    const a = board.connect(board.workshop.facilitatorToken);
    await whenSynced(a);
    const notes = ['n-1', 'n-2', 'n-3'].map((id) => sampleNote(id, board.workshop.facilitatorId));
    for (const note of notes) writeNote(a.doc, note);
    boardMaps(a.doc).notes.delete('n-2');

    const late = board.connect();
    await whenSynced(late);
    await waitFor(() => noteIds(late.doc).length === 2, 5000, 'the late joiner to receive the board');
    expect(readNotes(late.doc)).toEqual([notes[0], notes[2]]);
  });

  it('keeps the boards of two workshops apart', async () => {
    const server = await useServer();
    const first = await boardOn(server, 'Atelier mobilité');
    const second = await boardOn(server, 'Atelier alimentation');
    const inFirst = first.connect();
    const inSecond = second.connect();
    const laterInSecond = second.connect(second.workshop.facilitatorToken);
    await Promise.all([whenSynced(inFirst), whenSynced(inSecond), whenSynced(laterInSecond)]);

    writeNote(inFirst.doc, sampleNote('mobility', first.participant.participantId));
    writeNote(inSecond.doc, sampleNote('food', second.participant.participantId));

    await waitFor(() => noteIds(laterInSecond.doc).includes('food'), 5000, 'the second board’s own note');
    expect(noteIds(laterInSecond.doc)).toEqual(['food']);
    expect(noteIds(inFirst.doc)).toEqual(['mobility']);
  });

  it('shares presence and withdraws it when a participant leaves', async () => {
    const board = await openBoard();
    const a = board.connect(board.workshop.facilitatorToken);
    const b = board.connect();
    await whenSynced(a);
    await whenSynced(b);
    const user = { id: board.workshop.facilitatorId, name: 'Animation' };
    a.provider.awareness.setLocalStateField('user', user);
    const aId = a.doc.clientID;
    await waitFor(() => b.provider.awareness.getStates().has(aId), 5000, 'a’s presence to reach b');
    expect(b.provider.awareness.getStates().get(aId)).toEqual({ user });

    // A dropped connection says no goodbye: the server must withdraw the presence itself.
    a.provider.shouldConnect = false;
    (a.provider.ws as unknown as WebSocket).terminate();
    await waitFor(() => !b.provider.awareness.getStates().has(aId), 5000, 'a’s presence to be withdrawn');
  });
});

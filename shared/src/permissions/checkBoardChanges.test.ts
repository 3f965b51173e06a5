import { describe, expect, it } from 'vitest';
import type { Note } from '../schema/Note.js';
import { DEFAULT_BOARD_POLICY } from './BoardPolicy.js';
import { checkBoardChanges, type Actor } from './checkBoardChanges.js';

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1', text: 'Besoin', color: 'yellow', x: 0, y: 0, width: 160, height: 160, authorId: 'marc', createdAt: 1, ...over,
});
const lina: Actor = { participantId: 'lina', role: 'participant' };
const marc: Actor = { participantId: 'marc', role: 'participant' };
const change = (before: Note | undefined, after: unknown) => [{ map: 'notes', key: 'n1', before, after }];
const policy = DEFAULT_BOARD_POLICY;

describe('checkBoardChanges', () => {
  it('lets a participant create a note signed with their own id, not someone else’s', () => {
    expect(checkBoardChanges(change(undefined, note({ authorId: 'lina' })), lina, policy)).toBeNull();
    expect(checkBoardChanges(change(undefined, note({ authorId: 'marc' })), lina, policy)).toMatch(/author/);
  });

  it('lets a participant edit and delete their own notes only, unless everyone edits everything', () => {
    expect(checkBoardChanges(change(note(), note({ text: 'Modifié' })), marc, policy)).toBeNull();
    expect(checkBoardChanges(change(note(), note({ text: 'Modifié' })), lina, policy)).toMatch(/own notes/);
    expect(checkBoardChanges(change(note(), note({ color: 'pink' })), lina, policy)).toMatch(/own notes/);
    expect(checkBoardChanges(change(note(), undefined), lina, policy)).toMatch(/delete/);
    expect(checkBoardChanges(change(note(), note({ text: 'Modifié' })), lina, { ...policy, editAll: true })).toBeNull();
    expect(checkBoardChanges(change(note(), undefined), lina, { ...policy, editAll: true })).toBeNull();
  });

  it('lets participants move everyone’s notes by default, and only their own when the room says so', () => {
    expect(checkBoardChanges(change(note(), note({ x: 300, width: 200 })), lina, policy)).toBeNull();
    expect(checkBoardChanges(change(note(), note({ x: 300 })), lina, { ...policy, moveAll: false })).toMatch(/move/);
    expect(checkBoardChanges(change(note(), note({ x: 300 })), marc, { ...policy, moveAll: false })).toBeNull();
  });

  it('never lets the author of a note change, even by its author', () => {
    expect(checkBoardChanges(change(note(), note({ authorId: 'lina' })), marc, policy)).toMatch(/author/);
  });

  it('refuses malformed or non-canonical notes', () => {
    expect(checkBoardChanges(change(undefined, { id: 'n1', text: 'x' }), lina, policy)).toMatch(/malformed/);
    expect(checkBoardChanges(change(undefined, note({ authorId: 'lina', color: 'fuchsia' as never })), lina, policy)).toMatch(/malformed/);
    expect(checkBoardChanges(change(undefined, { ...note({ authorId: 'lina' }), script: '<x>' }), lina, policy)).toMatch(/malformed/);
    expect(checkBoardChanges([{ map: 'notes', key: 'other', before: undefined, after: note({ authorId: 'lina' }) }], lina, policy)).toMatch(/malformed/);
  });

  it('holds facilitators to the note shape and a fixed author too, while they may change anyone’s notes', () => {
    const ana: Actor = { participantId: 'ana', role: 'facilitator' };
    expect(checkBoardChanges(change(note(), note({ text: 'Reformulé', x: 500 })), ana, { ...policy, editAll: false, moveAll: false, locked: true })).toBeNull();
    expect(checkBoardChanges(change(undefined, note()), ana, policy)).toBeNull();
    expect(checkBoardChanges(change(note(), undefined), ana, policy)).toBeNull();
    expect(checkBoardChanges(change(note(), note({ authorId: 'ana' })), ana, policy)).toMatch(/author/);
    expect(checkBoardChanges(change(undefined, { ...note(), script: '<x>' }), ana, policy)).toMatch(/malformed/);
    expect(checkBoardChanges(change(undefined, note({ color: 'fuchsia' as never })), ana, policy)).toMatch(/malformed/);
  });

  it('keeps the room tag and the creation time of a note out of participants’ hands', () => {
    const tag = { id: 'aude', name: 'Aude', color: '#1D4ED8' };
    expect(checkBoardChanges(change(undefined, note({ authorId: 'lina', room: tag })), lina, policy)).toMatch(/room/);
    expect(checkBoardChanges(change(note({ room: tag }), note({ room: { ...tag, name: 'Gard' } })), marc, policy)).toMatch(/room/);
    expect(checkBoardChanges(change(note({ room: tag }), note()), marc, policy)).toMatch(/room/);
    expect(checkBoardChanges(change(note({ room: tag }), note({ room: tag, text: 'Reformulé' })), marc, policy)).toBeNull();
    expect(checkBoardChanges(change(note(), note({ createdAt: 999 })), marc, policy)).toMatch(/creation/);
  });

  it('refuses every participant change on a locked board, and every observer change', () => {
    expect(checkBoardChanges(change(undefined, note({ authorId: 'lina' })), lina, { ...policy, locked: true })).toMatch(/locked/);
    expect(checkBoardChanges(change(undefined, note({ authorId: 'obs' })), { participantId: 'obs', role: 'observer' }, policy)).toMatch(/observer/);
  });

  it('keeps frames and board settings to facilitators', () => {
    const meta = [{ map: 'meta', key: 'policy', before: undefined, after: { locked: false, editAll: true, moveAll: true } }];
    expect(checkBoardChanges(meta, lina, policy)).toMatch(/participants cannot change meta/);
    expect(checkBoardChanges(meta, { participantId: 'f', role: 'facilitator' }, { ...policy, locked: true })).toBeNull();
  });
});

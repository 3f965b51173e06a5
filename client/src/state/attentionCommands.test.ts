import { createFrame, createNote, groupNotes, type AttentionRequest, type Role } from '@essaim/shared';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { focusTarget } from './attentionCommands';
import { attentionSender, boardAttention, NO_ATTENTION } from './boardAttention';
import { assembleBoardServices } from './BoardServices';
import { openContextMenu, contextMenuStore } from './contextMenu';
import { menuItems } from './contextMenuItems';
import { runMenuItem } from './runMenuItem';
import { selectEntry, selectMany } from './selection';
import { offlineLink } from './testBoard';

function scene(role: Role) {
  const doc = new Y.Doc();
  createNote(doc, { id: 'a', x: 0, y: 0 }, { authorId: 'lina', now: 1 });
  createNote(doc, { id: 'b', x: 200, y: 0 }, { authorId: 'lina', now: 1 });
  createNote(doc, { id: 'c', x: 600, y: 0 }, { authorId: 'lina', now: 1 });
  groupNotes(doc, { id: 'g', noteIds: ['a', 'b'], title: 'Transports' }, 1);
  createFrame(doc, { id: 'z', x: -100, y: 400, width: 600, height: 400 });
  const session = { workshopId: 'w', title: '', participantId: `${role}-1`, name: 'Lina', role, roomId: 'r', token: '' };
  const board = assembleBoardServices(session, offlineLink(), doc, new Awareness(doc));
  board.stageSize.set({ width: 800, height: 600 });
  const sent: AttentionRequest[] = [];
  // what `useAttentionFeed` gives a facilitator's board in a workshop: the HTTP call, recorded here
  if (role === 'facilitator') attentionSender(board).set(() => async (request: AttentionRequest) => (sent.push(request), true));
  return { board, sent };
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);
// the board's menu asks whether the browser can paste
vi.stubGlobal('navigator', {});

describe('« Mettre en lumière »', () => {
  it('puts one note, one cluster (its notes exactly) or one zone in the spotlight, nothing else', () => {
    const { board } = scene('facilitator');
    board.selection.set((s) => selectMany(s, ['c']));
    expect(focusTarget(board)).toEqual({ kind: 'note', id: 'c' });
    board.selection.set((s) => selectMany(s, ['a', 'b']));
    expect(focusTarget(board)).toEqual({ kind: 'group', id: 'g' });
    board.selection.set((s) => selectMany(s, ['a', 'c']));
    expect(focusTarget(board)).toBeNull();
    board.selection.set((s) => selectEntry(s, 'frames', 'z'));
    expect(focusTarget(board)).toEqual({ kind: 'frame', id: 'z' });
    board.selection.set((s) => selectMany(s, ['c'], { frames: ['z'] }));
    expect(focusTarget(board)).toBeNull();
  });

  it('is in a facilitator’s context menu of a note and a zone, sends the focus, and becomes « Fin de la mise en lumière » once it is on', async () => {
    const { board, sent } = scene('facilitator');
    openContextMenu(board, { target: { kind: 'note', id: 'c' }, at: { x: 0, y: 0 } });
    expect(ids(menuItems(board, { kind: 'note', id: 'c' }))).toContain('focus');
    expect(ids(menuItems(board, { kind: 'board' }))).not.toContain('endFocus');
    await runMenuItem(board, contextMenuStore(board).get()!, 'focus');
    expect(sent).toEqual([{ focus: { kind: 'note', id: 'c' } }]);

    // the server writes it into the workshop document, which the board reads back
    boardAttention(board).set({ ...NO_ATTENTION, focus: { kind: 'note', id: 'c', by: 'facilitator-1', at: 2 } });
    expect(ids(menuItems(board, { kind: 'note', id: 'c' }))).toContain('endFocus');
    expect(ids(menuItems(board, { kind: 'board' }))).toContain('endFocus');
    await runMenuItem(board, contextMenuStore(board).get()!, 'endFocus');
    expect(sent.at(-1)).toEqual({ focus: null });

    openContextMenu(board, { target: { kind: 'frame', id: 'z' }, at: { x: 0, y: 0 } });
    expect(ids(menuItems(board, { kind: 'frame', id: 'z' }))).toEqual(['renameZone', 'lockZone', 'focus', 'deleteZone']);
  });

  it('is offered to nobody else', () => {
    for (const role of ['participant', 'observer'] as const) {
      const { board } = scene(role);
      openContextMenu(board, { target: { kind: 'note', id: 'c' }, at: { x: 0, y: 0 } });
      boardAttention(board).set({ ...NO_ATTENTION, focus: { kind: 'note', id: 'c', by: 'anim', at: 2 } });
      expect(ids(menuItems(board, { kind: 'note', id: 'c' }))).not.toContain('focus');
      expect(ids(menuItems(board, { kind: 'note', id: 'c' }))).not.toContain('endFocus');
      expect(ids(menuItems(board, { kind: 'board' }))).not.toContain('endFocus');
    }
  });
});

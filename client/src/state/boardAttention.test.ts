import { writeWorkshop, type Frame, type Group } from '@essaim/shared';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { NO_ATTENTION, readBoardAttention, seesAuthors } from './boardAttention';
import { CLUSTER_CARD, CLUSTER_PADDING, CLUSTER_TAB_HEIGHT } from './clusterGeometry';
import { focusRect } from './focusRect';
import { testNote } from './testBoard';

describe('what the workshop document asks of a room', () => {
  it('reads the room’s focus and follow-me, and hides cursors while the room writes privately or is at the 3-12-3’s ideas step', () => {
    const doc = new Y.Doc();
    expect(readBoardAttention(doc, 'r1')).toEqual(NO_ATTENTION);
    writeWorkshop(doc, {
      attention: [{ roomId: 'r1', focus: { kind: 'frame', id: 'z1', by: 'anim', at: 5 }, follow: { by: 'anim', at: 6 } }],
      phases: [{ roomId: 'r2', active: true, question: 'Quels besoins ?', startedAt: 1, startedBy: 'anim', revealedAt: null }],
      settings: { anonymous: true },
    });
    expect(readBoardAttention(doc, 'r1')).toEqual({ focus: { kind: 'frame', id: 'z1', by: 'anim', at: 5 }, follow: { by: 'anim', at: 6 }, cursorsHidden: false, anonymous: true });
    expect(readBoardAttention(doc, 'r2')).toMatchObject({ focus: null, follow: null, cursorsHidden: true });
    // revealed: cursors come back
    writeWorkshop(doc, { phases: [{ roomId: 'r2', active: false, question: 'Quels besoins ?', startedAt: 1, startedBy: 'anim', revealedAt: 9 }] });
    expect(readBoardAttention(doc, 'r2').cursorsHidden).toBe(false);
    writeWorkshop(doc, {
      runs: [{ roomId: 'r2', step: 'ideas', question: 'Quels besoins ?', durations: { ideas: 180, pairs: 720, turn: 180 }, pairs: [], turn: 0, startedAt: 1, startedBy: 'anim', updatedAt: 1 }],
    });
    expect(readBoardAttention(doc, 'r2').cursorsHidden).toBe(true);
  });

  it('shows authors to facilitators always, to the others only without anonymity', () => {
    expect(seesAuthors({ ...NO_ATTENTION, anonymous: true }, 'facilitator')).toBe(true);
    expect(seesAuthors({ ...NO_ATTENTION, anonymous: true }, 'participant')).toBe(false);
    expect(seesAuthors({ ...NO_ATTENTION, anonymous: true }, 'observer')).toBe(false);
    expect(seesAuthors(NO_ATTENTION, 'participant')).toBe(true);
  });
});

describe('the spotlight’s clear rectangle', () => {
  const zone: Frame = { id: 'z1', x: -400, y: 100, width: 800, height: 500, title: 'Binôme 1', color: 'blue' } as Frame;
  const notes = [testNote({ id: 'a', x: 0, y: 0, groupId: 'g' }), testNote({ id: 'b', x: 200, y: 40, groupId: 'g' }), testNote({ id: 'c', x: 900, y: 900 })];
  const group = { id: 'g', title: 'Transports' } as Group;

  it('clears a zone, a lone note, and a cluster with its title tab', () => {
    const board = { notes, frames: [zone], groups: [group] };
    expect(focusRect({ kind: 'frame', id: 'z1' }, board)).toEqual({ x: -400, y: 100, width: 800, height: 500 });
    expect(focusRect({ kind: 'note', id: 'c' }, board)).toEqual({ x: 900, y: 900, width: 160, height: 160 });
    expect(focusRect({ kind: 'group', id: 'g' }, board)).toEqual({
      x: -CLUSTER_PADDING,
      y: -CLUSTER_PADDING - CLUSTER_TAB_HEIGHT,
      width: 360 + 2 * CLUSTER_PADDING,
      height: 200 + 2 * CLUSTER_PADDING + CLUSTER_TAB_HEIGHT,
    });
  });

  it('clears a folded cluster’s card, for the cluster and for a note hidden in it', () => {
    const board = { notes, frames: [], groups: [{ ...group, collapsed: true }] };
    const card = { x: -CLUSTER_PADDING, y: -CLUSTER_PADDING, ...CLUSTER_CARD };
    expect(focusRect({ kind: 'group', id: 'g' }, board)).toEqual(card);
    expect(focusRect({ kind: 'note', id: 'b' }, board)).toEqual(card);
  });

  it('finds nothing for an entry that is gone, or a cluster without notes', () => {
    const board = { notes, frames: [zone], groups: [group, { id: 'empty', title: '' } as Group] };
    expect(focusRect({ kind: 'frame', id: 'gone' }, board)).toBeNull();
    expect(focusRect({ kind: 'note', id: 'gone' }, board)).toBeNull();
    expect(focusRect({ kind: 'group', id: 'gone' }, board)).toBeNull();
    expect(focusRect({ kind: 'group', id: 'empty' }, board)).toBeNull();
  });
});

import type { Frame, Label, Link } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { addPick, marqueePick, rectContains, type MarqueeBoard, type MarqueeRights } from './marqueePick';

const note = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 100 });
const zone: Frame = { id: 'z', title: 'Mobilité', x: 0, y: 0, width: 600, height: 400, color: 'blue' };
const bigZone: Frame = { id: 'big', title: 'Tout', x: -50, y: -50, width: 2000, height: 2000, color: 'grey' };
const heading: Label = { id: 'h', text: 'Besoins', x: 20, y: 20, fontSize: 32 };
const farHeading: Label = { id: 'far', text: 'Ailleurs', x: 1500, y: 20, fontSize: 32 };
const link = (id: string, from: string, to: string): Link => ({ id, from, to, kind: 'plain' });

const board: MarqueeBoard = {
  notes: [note('a', 50, 100), note('b', 300, 100), note('out', 1500, 1500)],
  frames: [zone, bigZone],
  labels: [heading, farHeading],
  links: [link('ab', 'a', 'b'), link('a-out', 'a', 'out')],
};
const facilitator: MarqueeRights = { zones: true, link: () => true };
const participant: MarqueeRights = { zones: false, link: () => true };

describe('marqueePick', () => {
  it('picks, for a facilitator, the zone and heading wholly inside, the notes it touches and the links between picked notes', () => {
    const pick = marqueePick({ x: -10, y: -10, width: 700, height: 500 }, board, facilitator);
    expect(pick).toEqual({ ids: ['a', 'b'], others: { frames: ['z'], labels: ['h'], links: ['ab'] } });
  });

  it('leaves a zone or heading the rectangle only crosses', () => {
    const pick = marqueePick({ x: 10, y: -10, width: 700, height: 500 }, board, facilitator);
    expect(pick.others.frames).toEqual([]);
    expect(pick.others.labels).toEqual(['h']);
    // a note it only touches is picked, as before
    expect(marqueePick({ x: 140, y: 140, width: 10, height: 10 }, board, facilitator).ids).toEqual(['a']);
  });

  it('leaves a link with one end outside', () => {
    const pick = marqueePick({ x: 0, y: 0, width: 200, height: 300 }, board, facilitator);
    expect(pick.ids).toEqual(['a']);
    expect(pick.others.links).toEqual([]);
  });

  it('gives a participant no zone or heading, only notes and the links they may change', () => {
    const rect = { x: -10, y: -10, width: 700, height: 500 };
    expect(marqueePick(rect, board, participant)).toEqual({ ids: ['a', 'b'], others: { frames: [], labels: [], links: ['ab'] } });
    expect(marqueePick(rect, board, { zones: false, link: (l) => l.id !== 'ab' }).others.links).toEqual([]);
  });

  it('adds to what a Shift+drag began with, each entry once', () => {
    const base = { ids: ['out', 'a'], others: { frames: ['big'], labels: [], links: ['a-out'] } };
    const pick = marqueePick({ x: -10, y: -10, width: 700, height: 500 }, board, facilitator);
    expect(addPick(base, pick)).toEqual({ ids: ['out', 'a', 'b'], others: { frames: ['big', 'z'], labels: ['h'], links: ['a-out', 'ab'] } });
  });
});

describe('rectContains', () => {
  it('holds a rectangle touching its edges, not one past them', () => {
    const outer = { x: 0, y: 0, width: 100, height: 100 };
    expect(rectContains(outer, outer)).toBe(true);
    expect(rectContains(outer, { x: 1, y: 1, width: 100, height: 10 })).toBe(false);
    expect(rectContains(outer, { x: -1, y: 10, width: 10, height: 10 })).toBe(false);
  });
});

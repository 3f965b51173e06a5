import { describe, expect, it } from 'vitest';
import { clustersAfterDrop, emptiedClusters, type PlacedNote } from './clusterDrop';

const note = (id: string, x: number, y: number, groupId?: string): PlacedNote => ({ id, x, y, width: 100, height: 100, ...(groupId ? { groupId } : {}) });
const open = (...ids: string[]) => new Map(ids.map((id) => [id, { collapsed: false }]));

// cluster « g »: two notes side by side, outline x -16…316, y -16…116 (tab row from -50)
const members = [note('a', 0, 0, 'g'), note('b', 200, 0, 'g')];
const drop = (dropped: PlacedNote[], stored: PlacedNote[], clusters: ReadonlyMap<string, { collapsed: boolean }>) =>
  clustersAfterDrop({ dropped, stored: [...stored, ...dropped.filter((d) => !stored.some((s) => s.id === d.id)).map((d) => ({ ...d, x: 5000, y: 5000 }))], clusters });

describe('clustersAfterDrop', () => {
  it('a note dropped with its centre inside a cluster’s outline joins it', () => {
    const changes = drop([note('n', 100, 40)], members, open('g'));
    expect(changes).toEqual(new Map([['n', 'g']]));
  });

  it('a note dropped on the title tab joins too', () => {
    expect(drop([note('n', 0, -80)], members, open('g')).get('n')).toBe('g');
  });

  it('a note dropped on empty board stays in no cluster', () => {
    expect(drop([note('n', 800, 800)], members, open('g')).size).toBe(0);
  });

  it('a member nudged within its outline, or just past it, stays', () => {
    expect(drop([note('b', 230, 10, 'g')], members, open('g')).size).toBe(0);
    // the outline ends at x 316; the margin keeps a centre up to x 340
    expect(drop([note('b', 285, 0, 'g')], members, open('g')).size).toBe(0);
  });

  it('a member dragged far out of its cluster leaves it', () => {
    expect(drop([note('b', 600, 0, 'g')], members, open('g'))).toEqual(new Map([['b', null]]));
  });

  it('a member dropped into another cluster moves to it', () => {
    expect(drop([note('b', 1000, 60, 'g')], [...members, note('c', 1000, 0, 'h')], open('g', 'h')).get('b')).toBe('h');
  });

  it('a whole cluster moved together keeps its notes', () => {
    const moved = members.map((m) => ({ ...m, x: m.x + 900 }));
    expect(drop(moved, members, open('g')).size).toBe(0);
  });

  it('the only member of a cluster dragged away stays in it: its cluster moved with it', () => {
    expect(drop([note('a', 900, 0, 'g')], [members[0]!], open('g')).size).toBe(0);
  });

  it('a folded cluster takes notes dropped on its card only', () => {
    const clusters = new Map([['g', { collapsed: true }]]);
    // the card is 220 × 96 from the outline's corner (-16, -16)
    expect(drop([note('n', 0, -20)], members, clusters).get('n')).toBe('g');
    expect(drop([note('n', 200, 60)], members, clusters).size).toBe(0);
  });

  it('ignores a cluster id that names no cluster', () => {
    expect(drop([note('n', 0, 0)], [note('a', 0, 0, 'gone')], open()).size).toBe(0);
  });
});

describe('emptiedClusters', () => {
  it('names the clusters whose last note leaves', () => {
    const notes = [note('a', 0, 0, 'g'), note('b', 0, 0, 'g'), note('c', 0, 0, 'h')];
    expect(emptiedClusters(notes, new Map([['c', 'g']]))).toEqual(['h']);
    expect(emptiedClusters(notes, new Map([['a', null]]))).toEqual([]);
    expect(emptiedClusters(notes, new Map([['a', 'x'], ['b', null]]))).toEqual(['g']);
  });
});

import { describe, expect, it } from 'vitest';
import { PRESENCE_LIMITS } from '@essaim/shared';
import { CURSOR_COLORS } from './cursorColor';
import { dragToRecord, editingClaims, readPeers, trackViewports, remoteDragPositions, remoteZoneDragPositions, uniqueUsers } from './peers';

const user = (id: string, name: string) => ({ id, name, color: '#C0392B' });

describe('readPeers', () => {
  it('skips this client and states without a usable user', () => {
    const states = new Map<number, unknown>([
      [1, { user: user('me', 'Moi') }],
      [2, { user: user('p2', 'Léa') }],
      [3, { cursor: { x: 1, y: 2 } }],
      [4, { user: { id: 42 } }],
      [5, null],
    ]);
    expect(readPeers(states, 1).map((p) => p.user.id)).toEqual(['p2']);
  });

  it('keeps only finite cursors and drag positions', () => {
    const states = new Map<number, unknown>([
      [7, { user: user('p', 'Noé'), cursor: { x: Infinity, y: 0 }, drag: { a: { x: 1, y: 2 }, b: { x: 'no' } } }],
    ]);
    const [peer] = readPeers(states, 1);
    expect(peer?.cursor).toBeNull();
    expect([...(peer?.drag ?? new Map()).keys()]).toEqual(['a']);
  });

  it('replaces a colour that is not a plain hex colour', () => {
    const states = new Map<number, unknown>([[2, { user: { id: 'p', name: 'X', color: 'url(javascript:1)' } }]]);
    expect(CURSOR_COLORS).toContain(readPeers(states, 1)[0]?.user.color);
  });

  it('cuts names longer than the server allows', () => {
    const states = new Map<number, unknown>([[2, { user: user('p', 'x'.repeat(100)) }]]);
    expect(readPeers(states, 1)[0]?.user.name).toHaveLength(40);
  });
});

describe('derived presence', () => {
  const peers = readPeers(
    new Map<number, unknown>([
      [2, { user: user('p2', 'Zoé'), drag: { n1: { x: 10, y: 20 } } }],
      [3, { user: user('p2', 'Zoé') }],
      [4, { user: user('p3', 'Aïcha'), drag: { n2: { x: 5, y: 5 } } }],
      [5, { user: user('p4', 'Animation'), drag: {}, dragZones: { z1: { x: 100, y: 50 }, 'bad id': { x: 1, y: 1 } } }],
    ]),
    1,
  );

  it('lists each person once, by name', () => {
    expect(uniqueUsers(peers).map((u) => u.name)).toEqual(['Aïcha', 'Animation', 'Zoé']);
  });

  it('merges everyone’s live drag positions', () => {
    expect(Object.fromEntries(remoteDragPositions(peers))).toEqual({ n1: { x: 10, y: 20 }, n2: { x: 5, y: 5 } });
  });

  it('reads the zones others drag, apart from their notes, leaving out malformed ids', () => {
    expect(Object.fromEntries(remoteZoneDragPositions(peers))).toEqual({ z1: { x: 100, y: 50 } });
    expect(remoteDragPositions(peers).has('z1')).toBe(false);
  });

  it('publishes rounded drag positions', () => {
    expect(dragToRecord(new Map([['n', { x: 1.4, y: 2.6 }]]))).toEqual({ n: { x: 1, y: 3 } });
  });

  it('publishes as many dragged notes as the server relays, the first ones', () => {
    const positions = new Map(Array.from({ length: 700 }, (_, i) => [`n${i}`, { x: i, y: i }] as const));
    const record = dragToRecord(positions);
    expect(Object.keys(record)).toHaveLength(PRESENCE_LIMITS.drag);
    expect(record.n0).toEqual({ x: 0, y: 0 });
  });
});

describe('editingClaims', () => {
  it('gives each note opened by several people to the lowest client id, the tie-break both sides compute', () => {
    const peers = readPeers(
      new Map<number, unknown>([
        [9, { user: user('p-marie', 'Marie'), editing: 'n1' }],
        [4, { user: user('p-noe', 'Noé'), editing: 'n1' }],
        [6, { user: user('p-lea', 'Léa'), editing: 'n2' }],
        [7, { user: user('p-ali', 'Ali'), editing: null }],
        [8, { user: user('p-ana', 'Ana') }],
      ]),
      1,
    );
    const claims = editingClaims(peers);
    expect([...claims.keys()].sort()).toEqual(['n1', 'n2']);
    expect(claims.get('n1')).toMatchObject({ clientId: 4, user: { name: 'Noé' } });
    expect(claims.get('n2')).toMatchObject({ clientId: 6, user: { name: 'Léa' } });
  });

  it('ignores a claim that is no note id (another tab’s state comes unchecked)', () => {
    const peers = readPeers(new Map<number, unknown>([[2, { user: user('p', 'X'), editing: { id: 'n1' } }]]), 1);
    expect(editingClaims(peers).size).toBe(0);
  });
});

describe('trackViewports', () => {
  it('gives each person the rectangle of the tab or device that moved last, and drops malformed ones', () => {
    const laptop = { x: 10.4, y: -20, width: 1280, height: 800 };
    const phone = { x: 900, y: 0, width: 100, height: 180 };
    const states = new Map<number, unknown>([
      [4, { user: user('anim', 'Animation'), viewport: laptop }],
      [5, { user: user('lea', 'Léa'), viewport: { x: 'far', y: 0, width: 1, height: 1 } }],
      [6, { user: user('noe', 'Noé'), viewport: null }],
    ]);
    let step = trackViewports(readPeers(states, 1), new Map(), 0);
    expect([...step.byPerson]).toEqual([['anim', { x: 10, y: -20, width: 1280, height: 800 }]]);
    // the same person leads from a phone too: the phone moved last
    states.set(9, { user: user('anim', 'Animation'), viewport: phone });
    step = trackViewports(readPeers(states, 1), step.tracked, step.seq);
    expect(step.byPerson.get('anim')).toEqual(phone);
    // then the laptop moves again: back to it, whatever the client ids
    states.set(4, { user: user('anim', 'Animation'), viewport: { ...laptop, x: 500 } });
    step = trackViewports(readPeers(states, 1), step.tracked, step.seq);
    expect(step.byPerson.get('anim')).toMatchObject({ x: 500 });
    // a tab that stops publishing leaves the other
    states.set(4, { user: user('anim', 'Animation'), viewport: null });
    step = trackViewports(readPeers(states, 1), step.tracked, step.seq);
    expect(step.byPerson.get('anim')).toEqual(phone);
  });
});

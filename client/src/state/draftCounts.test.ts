import { describe, expect, it } from 'vitest';
import { roomDraftTally } from './draftCounts';

const people = [
  { id: 'f', name: 'Fanny', role: 'facilitator' as const, roomId: 'a' },
  { id: 'l', name: 'Lina', role: 'participant' as const, roomId: 'a' },
  { id: 'm', name: 'Marc', role: 'participant' as const, roomId: 'a' },
  { id: 'o', name: 'Omar', role: 'observer' as const, roomId: 'a' },
  { id: 'z', name: 'Zoé', role: 'participant' as const, roomId: 'b' },
];

describe('roomDraftTally', () => {
  it('lists every participant of the room, 0 for those who wrote nothing, in the workshop’s order', () => {
    expect(roomDraftTally({ m: 3 }, people, 'a')).toEqual({
      people: [
        { participantId: 'l', name: 'Lina', count: 0 },
        { participantId: 'm', name: 'Marc', count: 3 },
      ],
      total: 3,
    });
    expect(roomDraftTally(undefined, people, 'a').total).toBe(0);
  });

  it('keeps someone who wrote here and is no longer in the room, after the room’s people', () => {
    expect(roomDraftTally({ l: 1, z: 2, gone: 1 }, people, 'a').people).toEqual([
      { participantId: 'l', name: 'Lina', count: 1 },
      { participantId: 'm', name: 'Marc', count: 0 },
      { participantId: 'z', name: 'Zoé', count: 2 },
      { participantId: 'gone', name: '', count: 1 },
    ]);
  });
});

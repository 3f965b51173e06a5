import { describe, expect, it } from 'vitest';
import type { ParticipantRecord, RoomRecord } from '../storage/Storage.js';
import { balancedRoom } from './balancedRoom.js';

const room = (id: string, position: number, plenary = false): RoomRecord => ({ id, name: id, plenary, color: '#000000', position, archived: false });
const person = (id: string, roomId: string, role: ParticipantRecord['role'] = 'participant'): ParticipantRecord => ({
  workshopId: 'w', id, name: id, role, roomId, createdAt: 0, revoked: false,
});
const rooms = [room('plen', 0, true), room('aude', 1), room('gard', 2), room('herault', 3)];

describe('balancedRoom', () => {
  it('spreads 42 arrivals over 3 rooms evenly, in dashboard order', () => {
    const people: ParticipantRecord[] = [];
    for (let i = 0; i < 42; i++) people.push(person(`p${i}`, balancedRoom(rooms, people).id));
    const counts = ['aude', 'gard', 'herault'].map((id) => people.filter((p) => p.roomId === id).length);
    expect(counts).toEqual([14, 14, 14]);
    expect(people.slice(0, 3).map((p) => p.roomId)).toEqual(['aude', 'gard', 'herault']);
  });

  it('counts only participants, and skips the room being removed', () => {
    const people = [person('f', 'aude', 'facilitator'), person('o', 'aude', 'observer'), person('a', 'gard')];
    expect(balancedRoom(rooms, people).id).toBe('aude');
    expect(balancedRoom(rooms, people, 'aude').id).toBe('herault');
  });

  it('sends everyone to the plenary when there is no breakout room', () => {
    expect(balancedRoom([room('plen', 0, true)], []).id).toBe('plen');
  });
});

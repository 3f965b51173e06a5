import type { Person, RoomEntry } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { boardRoomId, followWorkshop } from './followWorkshop';
import type { StoredSession } from './session';

const room = (id: string, name: string, position: number, plenary = false): RoomEntry => ({ id, name, plenary, color: '#1D4ED8', position });
const rooms = [room('p', 'Plénière', 0, true), room('aude', 'Aude', 1), room('gard', 'Gard', 2)];
const person = (id: string, roomId: string, role: Person['role'] = 'participant', name = 'Lina'): Person => ({ id, name, role, roomId });

const lina: StoredSession = {
  workshopId: 'w',
  title: 'Atelier',
  participantId: 'lina',
  name: 'Lina',
  role: 'participant',
  roomId: 'aude',
  roomName: 'Aude',
  token: 't',
};

describe('followWorkshop', () => {
  it('moves a participant to the room the workshop document gives them', () => {
    const followed = followWorkshop(lina, { rooms, people: [person('lina', 'gard')] });
    expect(followed.movedTo?.name).toBe('Gard');
    expect(followed.session).toMatchObject({ roomId: 'gard', roomName: 'Gard', token: 't', participantId: 'lina' });
    expect(followed.roomRemoved).toBe(false);
  });

  it('changes nothing, not even the object, when the document agrees or is still empty', () => {
    expect(followWorkshop(lina, { rooms, people: [person('lina', 'aude')] }).session).toBe(lina);
    expect(followWorkshop(lina, { rooms: [], people: [] }).session).toBe(lina);
    // someone else moved: not me
    expect(followWorkshop(lina, { rooms, people: [person('lina', 'aude'), person('marc', 'gard')] }).movedTo).toBeNull();
  });

  it('never moves a facilitator, but sends them to the plenary when their room is removed', () => {
    const facilitator: StoredSession = { ...lina, participantId: 'anim', role: 'facilitator', roomId: 'gard', roomName: 'Gard' };
    const people = [person('anim', 'p', 'facilitator', 'Lina')];
    expect(followWorkshop(facilitator, { rooms, people }).session).toBe(facilitator);
    const gone = followWorkshop(facilitator, { rooms: rooms.filter((r) => r.id !== 'gard'), people });
    expect(gone.session.roomId).toBe('p');
    expect(gone.roomRemoved).toBe(true);
    expect(gone.movedTo).toBeNull();
  });

  it('picks up a rename of the person or of the room', () => {
    const renamed = followWorkshop(lina, { rooms: [rooms[0]!, room('aude', 'Aude (11)', 1)], people: [person('lina', 'aude', 'participant', 'Lina B.')] });
    expect(renamed.session).toMatchObject({ name: 'Lina B.', roomName: 'Aude (11)', roomId: 'aude' });
    expect(renamed.movedTo).toBeNull();
  });
});

describe('boardRoomId', () => {
  it('lets a participant visit the plenary only while it is open', () => {
    expect(boardRoomId(lina, 'p', rooms, true)).toBe('p');
    expect(boardRoomId(lina, 'p', rooms, false)).toBe('aude');
    expect(boardRoomId(lina, null, rooms, true)).toBe('aude');
    // not a way into another breakout room
    expect(boardRoomId(lina, 'gard', rooms, true)).toBe('aude');
  });

  it('shows facilitators the room they chose', () => {
    expect(boardRoomId({ ...lina, role: 'facilitator', roomId: 'gard' }, 'p', rooms, false)).toBe('gard');
  });
});

import { describe, expect, it } from 'vitest';
import type { RoomInfo } from '@essaim/shared';
import { voteRoomChoices } from './voteRoomChoices';

const room = (id: string, plenary = false): RoomInfo => ({ id, name: id.toUpperCase(), plenary, color: '#000000' });
const labels = { thisRoom: 'Cette salle', allRooms: 'Toutes les salles' };
const none = new Set<string>();

describe('voteRoomChoices', () => {
  it('asks nothing on the board of a workshop with one room, nor when « all » would be this room only', () => {
    expect(voteRoomChoices([room('a')], 'a', none, labels).map((c) => c.roomIds)).toEqual([['a']]);
    expect(voteRoomChoices([room('p', true), room('a')], 'a', none, labels).map((c) => c.roomIds)).toEqual([['a']]);
  });

  it('offers this room or every breakout room on a board of a workshop with several', () => {
    expect(voteRoomChoices([room('p', true), room('a'), room('b')], 'p', none, labels)).toEqual([
      { value: 'room', label: 'Cette salle', roomIds: ['p'] },
      { value: 'all', label: 'Toutes les salles', roomIds: ['a', 'b'] },
    ]);
  });

  it('leaves out on a board what a round already takes', () => {
    const rooms = [room('p', true), room('a'), room('b')];
    expect(voteRoomChoices(rooms, 'p', new Set(['a', 'b']), labels).map((c) => c.value)).toEqual(['room']);
    expect(voteRoomChoices(rooms, 'a', new Set(['a']), labels)).toEqual([]);
  });

  it('offers on the dashboard only the rooms without an open round, « all » only while every breakout room is free', () => {
    const rooms = [room('p', true), room('a'), room('b')];
    expect(voteRoomChoices(rooms, undefined, none, labels).map((c) => c.value)).toEqual(['all', 'p', 'a', 'b']);
    expect(voteRoomChoices(rooms, undefined, new Set(['a']), labels).map((c) => c.value)).toEqual(['p', 'b']);
    expect(voteRoomChoices(rooms, undefined, new Set(['p', 'a', 'b']), labels)).toEqual([]);
  });
});

import type { RoomEntry } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { roomChoices } from './roomChoices';

const room = (id: string, position: number, plenary = false): RoomEntry => ({ id, name: id, plenary, color: '#1D4ED8', position });
const rooms = [room('p', 0, true), room('aude', 1), room('gard', 2)];

describe('roomChoices', () => {
  it('takes facilitators and observers to every room and the dashboard', () => {
    for (const role of ['facilitator', 'observer'] as const) {
      expect(roomChoices(role, rooms, 'p', false)).toEqual({ rooms, dashboard: true });
    }
  });

  it('offers a participant the plenary only while it is open', () => {
    expect(roomChoices('participant', rooms, 'aude', true).rooms.map((r) => r.id)).toEqual(['p', 'aude']);
    expect(roomChoices('participant', rooms, 'aude', false).rooms).toEqual([]);
    expect(roomChoices('participant', rooms, 'aude', true).dashboard).toBe(false);
  });

  it('has nothing to switch for a participant who works in the plenary', () => {
    expect(roomChoices('participant', rooms, 'p', true).rooms).toEqual([]);
  });
});

import type { Person } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { roomRoster } from './roomRoster';

const people: Person[] = [
  { id: 'lina', name: 'Lina', role: 'participant', roomId: 'aude' },
  { id: 'marc', name: 'Marc', role: 'participant', roomId: 'aude' },
  { id: 'zoe', name: 'Zoé', role: 'participant', roomId: 'gard' },
  { id: 'anim', name: 'Camille', role: 'facilitator', roomId: 'p' },
];
const user = (id: string, name: string) => ({ id, name, color: '#000000' });

describe('roomRoster', () => {
  it('lists the room’s participants with who is online, you first', () => {
    const roster = roomRoster(people, 'aude', [user('marc', 'Marc')], { id: 'lina', name: 'Lina', role: 'participant' });
    expect(roster.map((r) => [r.name, r.online, r.me])).toEqual([
      ['Lina', true, true],
      ['Marc', true, false],
    ]);
  });

  it('adds people connected to the board from elsewhere, and shows absent members offline', () => {
    const roster = roomRoster(people, 'aude', [user('anim', 'Camille'), user('zoe', 'Zoé')], { id: 'lina', name: 'Lina', role: 'participant' });
    expect(roster.map((r) => [r.name, r.role, r.online])).toEqual([
      ['Lina', 'participant', true],
      ['Camille', 'facilitator', true],
      ['Zoé', 'participant', true],
      ['Marc', 'participant', false],
    ]);
  });
});

import type { DraftCounts, Person } from '@essaim/shared';

export interface PersonDraftCount {
  participantId: string;
  name: string;
  count: number;
}

export interface RoomDraftTally {
  /** the room's participants (0 for those who wrote nothing yet), then anyone else with drafts here */
  people: PersonDraftCount[];
  total: number;
}

/**
 * How many drafts each person of a room holds — names and numbers, never text: what the
 * facilitator and the room see during private writing. The room's participants come first, in the
 * workshop's order, so the list does not jump around as people write; someone with drafts here who
 * is no longer in the room (moved, visiting) stays listed with them.
 */
export function roomDraftTally(counts: DraftCounts | undefined, people: readonly Person[], roomId: string): RoomDraftTally {
  const byId = new Map(people.map((p) => [p.id, p]));
  const listed: PersonDraftCount[] = people
    .filter((p) => p.role === 'participant' && p.roomId === roomId)
    .map((p) => ({ participantId: p.id, name: p.name, count: counts?.[p.id] ?? 0 }));
  const inRoom = new Set(listed.map((p) => p.participantId));
  for (const [participantId, count] of Object.entries(counts ?? {})) {
    if (inRoom.has(participantId) || count === 0) continue;
    listed.push({ participantId, name: byId.get(participantId)?.name ?? '', count });
  }
  return { people: listed, total: listed.reduce((sum, p) => sum + p.count, 0) };
}

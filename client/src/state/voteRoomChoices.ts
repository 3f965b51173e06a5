import type { RoomInfo } from '@essaim/shared';

/** One answer to « Salles » in the start form: what it is called, the rooms it opens the round in. */
export interface VoteRoomChoice {
  value: string;
  label: string;
  roomIds: string[];
}

interface VoteRoomLabels {
  thisRoom: string;
  allRooms: string;
}

/** The rooms « Toutes les salles » means (as the server takes it): the breakout rooms, or every room when there are none. */
export function everyVoteRoom(rooms: readonly RoomInfo[]): string[] {
  const breakout = rooms.filter((r) => !r.plenary);
  return (breakout.length > 0 ? breakout : rooms).map((r) => r.id);
}

/**
 * The rooms a new round may open in, leaving out the rooms `busy` with an open round. On a board
 * (`here`): « Cette salle », and « Toutes les salles » when it means more than this room. On the
 * dashboard: « Toutes les salles », then each room. One choice: the form asks nothing; none: there
 * is nothing to start.
 */
export function voteRoomChoices(rooms: readonly RoomInfo[], here: string | undefined, busy: ReadonlySet<string>, labels: VoteRoomLabels): VoteRoomChoice[] {
  const everyRoom = everyVoteRoom(rooms);
  const allFree = everyRoom.every((id) => !busy.has(id));
  const all = { value: 'all', label: labels.allRooms, roomIds: everyRoom };
  if (here !== undefined) {
    const choices = busy.has(here) ? [] : [{ value: 'room', label: labels.thisRoom, roomIds: [here] }];
    const more = everyRoom.some((id) => id !== here);
    return more && allFree ? [...choices, all] : choices;
  }
  const free = rooms.filter((r) => !busy.has(r.id)).map((r) => ({ value: r.id, label: r.name, roomIds: [r.id] }));
  return everyRoom.length > 1 && allFree ? [all, ...free] : free;
}

import {
  readTimers,
  timerAction,
  timerView,
  workshopDocName,
  writeWorkshop,
  type RoomTimer,
  type Timer,
  type TimerRequest,
  type TimersResponse,
} from '@essaim/shared';
import type { RoomRecord } from '../storage/Storage.js';
import { SERVER_ORIGIN, type WorkshopService } from './WorkshopService.js';
import { orderedRooms, targetRooms } from './workshopRooms.js';

/** What the API says of one room's timer at `now` (`remainingMs`: what is left then); a room never started reads as stopped. */
function roomTimer(roomId: string, timer: Timer | undefined, now: number): RoomTimer {
  const view = timerView(timer, now);
  return {
    roomId,
    running: view.running,
    paused: view.paused,
    endsAt: view.endsAt,
    remainingMs: view.remainingMs,
    durationMs: timer?.running ? timer.durationMs : 0,
    lockAtEnd: timer?.running ? timer.lockAtEnd : false,
  };
}

/**
 * The shared countdowns of a workshop's rooms (docs/API.md, « Timer »), stored in the workshop
 * document's `timers` map: read and changed in one synchronous change of that document, so two
 * facilitators acting at once each act on what the other left.
 */
export class WorkshopTimers {
  /** Told after any action changed timers (which rooms'), e.g. so a vote that closes at zero looks at its new end. */
  readonly changed = new Set<(workshopId: string, roomIds: readonly string[]) => void>();

  constructor(private readonly service: WorkshopService) {}

  async read(workshopId: string): Promise<TimersResponse> {
    const rooms = await orderedRooms(this.service, workshopId);
    return this.service.rooms.withDoc(workshopDocName(workshopId), (room) => answer(rooms, readTimers(room.doc), Date.now()));
  }

  /** Applies `request` to the rooms it names (none: every room, the plenary included), as facilitator `by`. */
  async act(workshopId: string, request: TimerRequest, by: string): Promise<TimersResponse> {
    const rooms = await orderedRooms(this.service, workshopId);
    const targets = targetRooms(rooms, request.roomIds);
    return this.service.rooms.withDoc(workshopDocName(workshopId), (room) => {
      const now = Date.now();
      const before = readTimers(room.doc);
      const changed: Timer[] = [];
      for (const roomId of targets) {
        const current = before.get(roomId);
        const next = timerAction(current, request.action, { seconds: request.seconds, lockAtEnd: request.lockAtEnd, now, by, roomId });
        // an action that changes nothing writes nothing (a room never started stays without an entry)
        if (next !== current && (current || next.running)) changed.push(next);
      }
      if (changed.length > 0) writeWorkshop(room.doc, { timers: changed }, SERVER_ORIGIN);
      return { changed: changed.map((t) => t.roomId), answer: answer(rooms, readTimers(room.doc), now) };
    }).then(({ changed, answer }) => {
      if (changed.length > 0) for (const listener of this.changed) listener(workshopId, changed);
      return answer;
    });
  }
}

function answer(rooms: readonly RoomRecord[], timers: ReadonlyMap<string, Timer>, now: number): TimersResponse {
  return { serverNow: now, timers: rooms.map((r) => roomTimer(r.id, timers.get(r.id), now)) };
}

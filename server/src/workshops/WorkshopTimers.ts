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

/** A tool that sets rooms' timers itself (a facilitator's own actions have none). */
export type TimerTool = 'runner' | 'vote';

/**
 * The shared countdowns of a workshop's rooms (docs/API.md, « Timer »), stored in the workshop
 * document's `timers` map: read and changed in one synchronous change of that document, so two
 * facilitators acting at once each act on what the other left.
 */
export class WorkshopTimers {
  /**
   * Told after any action changed timers: each changed room's timer as written (its `updatedAt` names that
   * countdown) and which tool acted (`by`: none for a facilitator through the timer route), e.g. so a vote
   * that closes at zero follows the room's countdown — unless the 3-12-3 runner took the room's timer.
   */
  readonly changed = new Set<(workshopId: string, timers: readonly Timer[], by: TimerTool | null) => void>();

  constructor(private readonly service: WorkshopService) {}

  async read(workshopId: string): Promise<TimersResponse> {
    const rooms = await orderedRooms(this.service, workshopId);
    return this.service.rooms.withDoc(workshopDocName(workshopId), (room) => answer(rooms, readTimers(room.doc), Date.now()));
  }

  /** Applies `request` to the rooms it names (none: every room, the plenary included), as facilitator `by`. */
  async act(workshopId: string, request: TimerRequest, by: string, tool: TimerTool | null = null): Promise<TimersResponse> {
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
      return { changed, answer: answer(rooms, readTimers(room.doc), now) };
    }).then(({ changed, answer }) => {
      if (changed.length > 0) for (const listener of this.changed) listener(workshopId, changed, tool);
      return answer;
    });
  }
}

function answer(rooms: readonly RoomRecord[], timers: ReadonlyMap<string, Timer>, now: number): TimersResponse {
  return { serverNow: now, timers: rooms.map((r) => roomTimer(r.id, timers.get(r.id), now)) };
}

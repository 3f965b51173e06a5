import type * as Y from 'yjs';
import { readTimer, readTimers, timerLocksRoom, workshopMaps, type Timer } from '@essaim/shared';

/**
 * Where a board's guard reads its room's timer (`lockAtEnd`): the workshop document itself while
 * it is loaded, else its timers as they were when it unloaded — they change only through a
 * loaded document (the server writes them with `RoomManager.withDoc`). No tick: the end is
 * compared with the clock each time an update is judged.
 */
export class TimerLocks {
  private readonly live = new Map<string, Y.Doc>();
  private readonly saved = new Map<string, ReadonlyMap<string, Timer>>();

  /** The workshop document was loaded. */
  follow(workshopId: string, doc: Y.Doc): void {
    this.live.set(workshopId, doc);
    this.saved.delete(workshopId);
  }

  /** The workshop document is unloading: its timers are kept as they are. */
  unfollow(workshopId: string, doc: Y.Doc): void {
    if (this.live.get(workshopId) !== doc) return;
    this.live.delete(workshopId);
    this.saved.set(workshopId, readTimers(doc));
  }

  /** Whether this workshop's timers have been read since the server started. */
  knows(workshopId: string): boolean {
    return this.live.has(workshopId) || this.saved.has(workshopId);
  }

  /** Whether the room's timer has ended and locks it for participants at `now`. */
  locks(workshopId: string, roomId: string, now: number): boolean {
    const doc = this.live.get(workshopId);
    if (!doc) return timerLocksRoom(this.saved.get(workshopId)?.get(roomId), now);
    // the guard asks at every update and presence change: only a timer set to lock is read whole
    const raw = workshopMaps(doc).timers.get(roomId) as { lockAtEnd?: unknown } | undefined;
    return raw?.lockAtEnd === true && timerLocksRoom(readTimer(doc, roomId), now);
  }
}

import type * as Y from 'yjs';
import { readPhases, readTimer, readTimers, timerLocksRoom, workshopMaps, type PrivatePhase, type Timer } from '@essaim/shared';

/** What a guard needs of a workshop document that is not loaded: its timers and phases as they were when it unloaded. */
interface Saved {
  timers: ReadonlyMap<string, Timer>;
  phases: ReadonlyMap<string, PrivatePhase>;
}

/**
 * Where the guards read their room's timer (`lockAtEnd`) and private writing phase without
 * waiting: the workshop document itself while it is loaded, else its maps as they were when it
 * unloaded — they change only through a loaded document (the server writes them with
 * `RoomManager.withDoc`). No tick: the end is compared with the clock each time an update is judged.
 */
export class LiveWorkshops {
  private readonly live = new Map<string, Y.Doc>();
  private readonly saved = new Map<string, Saved>();

  /** The workshop document was loaded. */
  follow(workshopId: string, doc: Y.Doc): void {
    this.live.set(workshopId, doc);
    this.saved.delete(workshopId);
  }

  /** The workshop document is unloading: its timers and phases are kept as they are. */
  unfollow(workshopId: string, doc: Y.Doc): void {
    if (this.live.get(workshopId) !== doc) return;
    this.live.delete(workshopId);
    this.saved.set(workshopId, { timers: readTimers(doc), phases: readPhases(doc) });
  }

  /** Whether this workshop's document has been read since the server started. */
  knows(workshopId: string): boolean {
    return this.live.has(workshopId) || this.saved.has(workshopId);
  }

  /** Whether the room's timer has ended and locks it for participants at `now`. */
  locks(workshopId: string, roomId: string, now: number): boolean {
    const doc = this.live.get(workshopId);
    if (!doc) return timerLocksRoom(this.saved.get(workshopId)?.timers.get(roomId), now);
    // the guard asks at every update and presence change: only a timer set to lock is read whole
    const raw = workshopMaps(doc).timers.get(roomId) as { lockAtEnd?: unknown } | undefined;
    return raw?.lockAtEnd === true && timerLocksRoom(readTimer(doc, roomId), now);
  }

  /** Whether the room's private writing phase is on: only then may its people write their drafts. */
  writing(workshopId: string, roomId: string): boolean {
    const doc = this.live.get(workshopId);
    if (!doc) return this.saved.get(workshopId)?.phases.get(roomId)?.active === true;
    // one field of one entry, at every update: only the server writes it, always whole and checked
    const raw = workshopMaps(doc).phases.get(roomId) as { active?: unknown } | undefined;
    return raw?.active === true;
  }
}

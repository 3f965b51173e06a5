import type { Role } from '../protocol/api.js';
import type { BoardPolicy } from '../schema/BoardMeta.js';
import { BOARD_MAP_NAMES } from '../schema/boardMaps.js';
import { frameHoldsNote, parseFrame, type Frame } from '../schema/Frame.js';
import { parseNote, type Note } from '../schema/Note.js';
import type { BoardReader } from './BoardReader.js';

export interface Actor {
  participantId: string;
  role: Role;
}

/** What a rule of the rights table may look at, besides the change itself. */
export class RightsContext {
  private locked: Frame[] | null = null;

  constructor(
    readonly actor: Actor,
    readonly policy: BoardPolicy,
    /** the board once the whole update is applied */
    readonly after: BoardReader,
  ) {}

  /** zones a facilitator locked, as they stand after the update */
  lockedFrames(): Frame[] {
    if (!this.locked) {
      this.locked = [];
      for (const [, value] of this.after.entries(BOARD_MAP_NAMES.frames)) {
        // only a zone stored with `locked: true` reads as locked: the others are not parsed
        if ((value as { locked?: unknown } | null)?.locked !== true) continue;
        const frame = parseFrame(value);
        if (frame?.locked) this.locked.push(frame);
      }
    }
    return this.locked;
  }

  inLockedZone(note: Note): boolean {
    return this.lockedFrames().some((frame) => frameHoldsNote(frame, note));
  }

  /** The rule of moving a note, which grouping it follows too: own notes, or everyone's when the room says so; never in a locked zone. */
  mayMove(note: Note): boolean {
    return (note.authorId === this.actor.participantId || this.policy.moveAll) && !this.inLockedZone(note);
  }

  /** the readable note under this id once the update is applied */
  noteAfter(id: string): Note | null {
    return parseNote(this.after.get(BOARD_MAP_NAMES.notes, id));
  }
}

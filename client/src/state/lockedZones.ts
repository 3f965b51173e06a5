import { frameHoldsNote, type Frame, type Note } from '@essaim/shared';

/** The locked zone the note lies in, if any: participants cannot change it there (the rights table's rule). */
export function lockedZoneOf(frames: readonly Frame[], note: Pick<Note, 'x' | 'y' | 'width' | 'height'>): Frame | undefined {
  return frames.find((frame) => frame.locked === true && frameHoldsNote(frame, note));
}

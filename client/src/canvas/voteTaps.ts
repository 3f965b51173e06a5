import Konva from 'konva';
import type { BoardServices } from '../state/BoardServices';
import { voteModeOn, voteOnNote } from '../state/voting/voteMode';
import { DOUBLE_CLICK_SLOP, isSecondClick, type Click } from './secondClick';

/** Movement (screen px) past which a press on a note was a pan, not a tap. */
const TAP_SLOP = 6;

export interface NoteClick {
  id: string;
  click: Click;
}

/**
 * What a click on a note does in vote mode: a dot, unless the pointer moved since its press (the
 * board was panned from the note), or it is the second click of a double-click on the note that
 * just got a dot — a double-click out of habit (to open a note) must not spend two dots.
 */
export function voteTapOutcome(press: NoteClick | null, release: NoteClick, lastDot: NoteClick | null, dblClickWindowMs: number): 'dot' | 'moved' | 'double' {
  if (!press || press.id !== release.id || !isSecondClick(press.click, release.click, TAP_SLOP)) return 'moved';
  if (lastDot?.id === release.id && isSecondClick(lastDot.click, release.click, DOUBLE_CLICK_SLOP, dblClickWindowMs)) return 'double';
  return 'dot';
}

/** A press and a click on a note, as the vote mode sees them: true when the vote mode took them (the note is left alone). */
export interface VoteTaps {
  press(id: string, evt: Event): boolean;
  click(id: string, evt: Event): boolean;
}

function clickOf(evt: Event): Click {
  const touch = (evt as TouchEvent).changedTouches?.[0];
  const at = touch ? { x: touch.clientX, y: touch.clientY } : { x: (evt as MouseEvent).clientX, y: (evt as MouseEvent).clientY };
  return { at, time: Date.now() };
}

/** Vote mode on the notes (`voteModeOn`): a click or tap puts a dot (`voteOnNote`); no selection, no drag, no editor. */
export function createVoteTaps(board: BoardServices): VoteTaps {
  let press: NoteClick | null = null;
  let lastDot: NoteClick | null = null;
  return {
    press(id, evt) {
      if (!voteModeOn(board)) return false;
      press = { id, click: clickOf(evt) };
      return true;
    },
    click(id, evt) {
      if (!voteModeOn(board)) return false;
      const release = { id, click: clickOf(evt) };
      const outcome = voteTapOutcome(press, release, lastDot, Konva.dblClickWindow);
      press = null;
      if (outcome === 'moved') return true;
      // the click after an ignored second one may be a dot again
      lastDot = outcome === 'dot' ? release : null;
      if (outcome === 'dot') voteOnNote(board, id);
      return true;
    },
  };
}

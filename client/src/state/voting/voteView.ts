import { noteInVoteScope, roundCounts, type Frame, type Note, type VoteRound } from '@essaim/shared';
import { shownRoundIn } from './roomRounds';
import type { VoteSessionState } from './VoteSession';

type ScopedNote = Pick<Note, 'id' | 'x' | 'y' | 'width' | 'height' | 'groupId'>;

/** What the canvas, the notes list and the banner show of voting on one board. */
export interface VoteView {
  /** the round open on this room */
  round: VoteRound | null;
  /** this person puts dots in it */
  voting: boolean;
  /** this person's dots by note, as the server last answered */
  myDots: Readonly<Record<string, number>>;
  /** dots this person has left; null until the server has answered */
  dotsLeft: number | null;
  /** notes with requests on their way (`VoteSessionState.pending`) */
  pending: ReadonlyMap<string, number>;
  /** whether a note takes dots in the open round (every note when none is open) */
  inScope(note: ScopedNote): boolean;
  /** each note's count in the room's latest round whose tallies this person may see, or null */
  counts: ReadonlyMap<string, number> | null;
}

const everyNote = () => true;
const NO_DOTS: Readonly<Record<string, number>> = {};

/** The view of one board's voting from the session's state, the workshop's rounds and the board's zones. */
export function voteView(state: VoteSessionState, voter: boolean, rounds: readonly VoteRound[], roomId: string, frames: readonly Frame[]): VoteView {
  const { round, mine, pending } = state;
  // the round the room's notes show: its results once anyone may see them (a facilitator reads hidden ones in the results panel)
  const shown = shownRoundIn(rounds, roomId);
  const results = shown?.results ?? null;
  const own = round && mine?.voteId === round.voteId ? mine : null;
  return {
    round,
    voting: round !== null && voter,
    myDots: own?.myDots ?? NO_DOTS,
    dotsLeft: own?.dotsLeft ?? null,
    pending,
    inScope: round ? (note) => noteInVoteScope(round.scope, note, frames) : everyNote,
    counts: shown && results ? roundCounts({ results, copies: shown.copies }, roomId) : null,
  };
}

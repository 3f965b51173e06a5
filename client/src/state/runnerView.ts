import { RUN_STEPS, type Person, type RoomRun, type RunStep } from '@essaim/shared';

export interface PairView {
  id: string;
  /** 1-based, as the zones are titled */
  number: number;
  names: string[];
  memberIds: string[];
  presenting: boolean;
  presented: boolean;
}

export interface RunView {
  step: RunStep;
  /** 1 to 4 */
  stepNumber: number;
  pairs: PairView[];
  /** the pair presenting now */
  presenting: PairView | null;
  /** at the last pair's turn: « suivant » gathers instead */
  lastTurn: boolean;
  /** the room's participants in no pair (arrived late), by name */
  unpaired: Person[];
}

/** What the runner panels show of one room's run, with names from the workshop's people. */
export function runView(run: RoomRun, people: readonly Person[]): RunView {
  const byId = new Map(people.map((p) => [p.id, p]));
  const pairs = run.pairs.map((pair, index) => ({
    id: pair.id,
    number: index + 1,
    names: pair.members.map((id) => byId.get(id)?.name ?? '?'),
    memberIds: pair.members,
    presenting: run.step === 'presenting' && run.turn === index,
    presented: run.step === 'gathered' || (run.step === 'presenting' && index < run.turn),
  }));
  const paired = new Set(run.pairs.flatMap((p) => p.members));
  return {
    step: run.step,
    stepNumber: RUN_STEPS.indexOf(run.step) + 1,
    pairs,
    presenting: pairs.find((p) => p.presenting) ?? null,
    lastTurn: run.step === 'presenting' && run.turn >= run.pairs.length - 1,
    unpaired: run.pairs.length === 0 ? [] : people.filter((p) => p.role === 'participant' && p.roomId === run.roomId && !paired.has(p.id)),
  };
}

/** The pair a participant is in, or null. */
export function myPair(view: RunView, participantId: string): PairView | null {
  return view.pairs.find((p) => p.memberIds.includes(participantId)) ?? null;
}

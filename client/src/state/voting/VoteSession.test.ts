import type { VoteResponse, VoteRound } from '@essaim/shared';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { testRound } from '../testVoteRound';
import { VoteSession, type VoteSessionDeps } from './VoteSession';

const round = (patch: Partial<VoteRound> = {}): VoteRound => testRound({ voteId: 'V1', roomIds: ['R'], openedBy: 'F', ...patch });

/**
 * The vote routes' rules for one participant, answering like the server (docs/API.md « Dot
 * voting »), with each answer held until `release` when `holding`: what the screen shows while a
 * request is on its way can be looked at.
 */
class FakeVoteServer {
  readonly dots = new Map<string, number>();
  readonly notes = new Set(['a', 'b', 'c', 'd']);
  readonly sent: string[] = [];
  inFlight = 0;
  mostInFlight = 0;
  holding = false;
  private held: (() => void)[] = [];

  constructor(public round: VoteRound) {}

  readonly api: VoteSessionDeps['api'] = {
    get: (voteId) => this.answer(`get ${voteId}`, () => undefined),
    addDot: (voteId, noteId) =>
      this.answer(`add ${noteId}`, () => {
        if (this.round.status === 'closed') throw new ApiError('vote_closed', 409, 'closed');
        if (!this.notes.has(noteId)) throw new ApiError('note_out_of_scope', 409, 'out');
        if (this.left() === 0) throw new ApiError('no_dots_left', 409, 'none left');
        if ((this.dots.get(noteId) ?? 0) >= this.round.maxPerNote) throw new ApiError('note_cap_reached', 409, 'cap');
        this.dots.set(noteId, (this.dots.get(noteId) ?? 0) + 1);
      }),
    removeDot: (voteId, noteId) =>
      this.answer(`remove ${noteId}`, () => {
        const n = this.dots.get(noteId) ?? 0;
        if (n === 0) throw new ApiError('no_dot_here', 409, 'none here');
        if (n === 1) this.dots.delete(noteId);
        else this.dots.set(noteId, n - 1);
      }),
  };

  /** A note deleted from the board: its dots go back to their owner. */
  deleteNote(noteId: string): void {
    this.notes.delete(noteId);
    this.dots.delete(noteId);
  }

  release(): void {
    const held = this.held;
    this.held = [];
    for (const go of held) go();
  }

  private left(): number {
    return this.round.dotsPerPerson - [...this.dots.values()].reduce((a, b) => a + b, 0);
  }

  private async answer(what: string, apply: () => void): Promise<VoteResponse> {
    this.sent.push(what);
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    try {
      if (this.holding) await new Promise<void>((go) => this.held.push(go));
      apply();
      return { ...this.round, myDots: Object.fromEntries(this.dots), dotsLeft: this.left() };
    } finally {
      this.inFlight--;
    }
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function participant(server: FakeVoteServer) {
  const refused: string[] = [];
  const session = new VoteSession({
    roomId: 'R',
    role: 'participant',
    api: server.api,
    onRefused: (err) => refused.push(err instanceof ApiError ? err.code : String(err)),
  });
  return { session, refused, mine: () => session.state.get().mine };
}

describe('VoteSession (a participant)', () => {
  it('reads its dots when a round opens on its room, and only then', async () => {
    const server = new FakeVoteServer(round());
    server.dots.set('b', 1);
    const { session, mine } = participant(server);
    session.setRounds([round({ voteId: 'V0', roomIds: ['Other'] })]);
    await settle();
    expect(server.sent).toEqual([]);
    session.setRounds([round()]);
    await settle();
    expect(server.sent).toEqual(['get V1']);
    expect(mine()).toEqual({ voteId: 'V1', myDots: { b: 1 }, dotsLeft: 2 });
  });

  it('shows a dot only once the server has granted it: on its way, the note is only pending', async () => {
    const server = new FakeVoteServer(round());
    const { session, mine } = participant(server);
    session.setRounds([round()]);
    await settle();
    server.holding = true;
    const added = session.add('a');
    await settle();
    expect(session.state.get().pending.get('a')).toBe(1);
    expect(mine()?.myDots).toEqual({});
    expect(mine()?.dotsLeft).toBe(3);
    server.release();
    await added;
    expect(mine()).toEqual({ voteId: 'V1', myDots: { a: 1 }, dotsLeft: 2 });
    expect(session.state.get().pending.size).toBe(0);
  });

  it('sends one request at a time, so a quick second tap on a capped note is refused by the server, which says why', async () => {
    const server = new FakeVoteServer(round({ maxPerNote: 1 }));
    const { session, refused, mine } = participant(server);
    session.setRounds([round({ maxPerNote: 1 })]);
    await settle();
    await Promise.all([session.add('a'), session.add('a'), session.add('b')]);
    await settle();
    expect(server.mostInFlight).toBe(1);
    expect(refused).toEqual(['note_cap_reached']);
    // after a refusal the screen asks what its dots really are
    expect(server.sent.slice(1)).toEqual(['add a', 'add a', 'add b', 'get V1']);
    expect(mine()).toEqual({ voteId: 'V1', myDots: { a: 1, b: 1 }, dotsLeft: 1 });
  });

  it('never shows more dots than it has: the one too many is refused with its reason', async () => {
    const server = new FakeVoteServer(round({ dotsPerPerson: 2 }));
    const { session, refused, mine } = participant(server);
    session.setRounds([round({ dotsPerPerson: 2 })]);
    await settle();
    server.holding = true;
    const taps = [session.add('a'), session.add('b'), session.add('c')];
    for (let i = 0; i < 3; i++) {
      await settle();
      expect(Object.values(mine()?.myDots ?? {}).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2);
      server.release();
    }
    server.holding = false;
    await Promise.all(taps);
    await settle();
    expect(refused).toEqual(['no_dots_left']);
    expect(mine()).toEqual({ voteId: 'V1', myDots: { a: 1, b: 1 }, dotsLeft: 0 });
    // taking one back frees it for another note
    await session.remove('a');
    await session.add('c');
    expect(mine()).toEqual({ voteId: 'V1', myDots: { b: 1, c: 1 }, dotsLeft: 0 });
  });

  it('asks again when a note it dotted leaves the board, until the server has seen it go and given the dot back', async () => {
    const server = new FakeVoteServer(round());
    const timers: (() => void)[] = [];
    const session = new VoteSession({
      roomId: 'R',
      role: 'participant',
      api: server.api,
      onRefused: () => undefined,
      after: (_ms, fn) => {
        timers.push(fn);
        return () => undefined;
      },
    });
    const mine = () => session.state.get().mine;
    const onBoard = new Set(server.notes);
    const exists = (id: string) => onBoard.has(id);
    session.setRounds([round()]);
    await settle();
    await session.add('a');
    await session.add('b');
    // other changes to the board ask nothing
    session.notesChanged(exists);
    expect(timers).toHaveLength(0);
    // deleted here: the server has not heard of it yet at the first check
    onBoard.delete('a');
    session.notesChanged(exists);
    session.notesChanged(exists);
    expect(timers).toHaveLength(1);
    timers.shift()!();
    await settle();
    expect(mine()?.dotsLeft).toBe(1);
    server.deleteNote('a');
    expect(timers).toHaveLength(1);
    timers.shift()!();
    await settle();
    expect(mine()).toEqual({ voteId: 'V1', myDots: { b: 1 }, dotsLeft: 2 });
    expect(timers).toHaveLength(0);
  });

  it('sends nothing more once the round has closed, and forgets its dots', async () => {
    const server = new FakeVoteServer(round());
    const { session, refused, mine } = participant(server);
    session.setRounds([round()]);
    await settle();
    server.holding = true;
    const first = session.add('a');
    const second = session.add('b');
    await settle();
    server.round = round({ status: 'closed' });
    session.setRounds([server.round]);
    server.release();
    await Promise.all([first, second]);
    expect(server.sent.slice(1)).toEqual(['add a']);
    expect(mine()).toBeNull();
    expect(session.state.get().round).toBeNull();
    expect(refused).toEqual([]);
  });

  it('does not vote as a facilitator or an observer', async () => {
    const server = new FakeVoteServer(round());
    for (const role of ['facilitator', 'observer'] as const) {
      const session = new VoteSession({ roomId: 'R', role, api: server.api, onRefused: () => undefined});
      session.setRounds([round({ resultsVisible: 'live' })]);
      await session.add('a');
      await session.refresh();
    }
    expect(server.sent).toEqual([]);
  });
});

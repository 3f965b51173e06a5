import { sameJson, type Role, type VoteResponse, type VoteRound } from '@essaim/shared';
import { toast } from 'sonner';
import { ApiError } from '../../api/ApiError';
import type { VoteApi } from '../../api/voteApi';
import { translate } from '../../i18n/i18n';
import { createStore, type Store } from '../createStore';
import { openRoundIn } from './roomRounds';

/** One person's dots in a round, as the server last answered. */
export interface MyDots {
  voteId: string;
  myDots: Readonly<Record<string, number>>;
  dotsLeft: number;
}

export interface VoteSessionState {
  /** the round open on this room, as the workshop document has it */
  round: VoteRound | null;
  /** a participant's dots in it: only what the server answered, null until its first answer */
  mine: MyDots | null;
  /** notes with requests queued or in flight: +1 per dot asked for, −1 per dot taken back */
  pending: ReadonlyMap<string, number>;
}

export interface VoteSessionDeps {
  roomId: string;
  role: Role;
  api: Pick<VoteApi, 'get' | 'addDot' | 'removeDot'>;
  /** a dot the server refused, or a request that failed: one toast */
  onRefused(error: unknown): void;
  /** runs `fn` once after `ms`, unless the returned function is called first */
  after?(ms: number, fn: () => void): () => void;
  /** the server gave back `dots` from `notes` dotted notes since deleted: one toast (`showDotsReturned` unless given) */
  onDotsReturned?(dots: number, notes: number): void;
}

/** « Une note où vous aviez mis un point a été supprimée : ce point vous est rendu. » */
export function showDotsReturned(dots: number, notes: number): void {
  const message = notes > 1 ? translate('vote.dotsReturnedNotes', { notes, dots }) : translate('vote.dotsReturned', { count: dots });
  toast.info(message, { id: 'vote-dots-returned' });
}

const EMPTY: VoteSessionState = { round: null, mine: null, pending: new Map() };

/**
 * When a note holding this person's dots leaves the board, their dots come back once the server
 * has seen it go, which may be after this screen did (its own deletion): asked again after each delay.
 */
export const GONE_NOTE_CHECKS_MS = [300, 1000, 3000, 8000];

const afterTimeout = (ms: number, fn: () => void) => {
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
};

/**
 * Dot voting on one board for one person. A participant's dots are the server's: each add or
 * take-back is one request, all of them one after another (so answers never arrive out of order),
 * and the state shows the last answer, never a dot the server has not granted — in flight, a note
 * only counts as `pending`. Nobody's board shows the tallies of a round whose results are hidden —
 * not even a facilitator's, which may be projected: they read them in the results panel.
 */
export class VoteSession {
  readonly state: Store<VoteSessionState> = createStore<VoteSessionState>(EMPTY);
  /** « Voter en cliquant sur les notes »: on, a click on a note puts a dot (`voteMode`); kept for this board's session, not stored */
  readonly byTap: Store<boolean> = createStore(true);
  private queue: Promise<void> = Promise.resolve();
  private queuedGet: Promise<void> | null = null;
  private exists: ((noteId: string) => boolean) | null = null;
  private goneChecks = 0;
  /** notes already looked for after their last try */
  private givenUp: ReadonlySet<string> = new Set();
  private cancelGoneCheck: (() => void) | null = null;
  private destroyed = false;

  constructor(private readonly deps: VoteSessionDeps) {}

  /** Whether this person puts dots (facilitators and observers do not). */
  get voter(): boolean {
    return this.deps.role === 'participant';
  }

  /** A click or tap on a note puts a dot rather than selecting it: a participant, a round open here, the mode on. */
  get tapping(): boolean {
    return this.voter && this.state.get().round !== null && this.byTap.get();
  }

  /** The workshop's rounds changed (or became known): follow this room's open round. */
  setRounds(rounds: readonly VoteRound[]): void {
    if (this.destroyed) return;
    const next = openRoundIn(rounds, this.deps.roomId);
    const { round } = this.state.get();
    if (next?.voteId !== round?.voteId) {
      this.cancelGoneCheck?.();
      this.cancelGoneCheck = null;
      this.goneChecks = 0;
      this.state.set({ ...EMPTY, pending: new Map(), round: next });
      if (!next) return;
      if (this.voter) void this.refresh();
      return;
    }
    if (!next || !round || sameJson(next, round)) return;
    this.state.set((s) => ({ ...s, round: next }));
  }

  /** Puts one of this person's dots on a note; resolves once the server has answered. */
  add(noteId: string): Promise<void> {
    return this.change('add', noteId);
  }

  /** Takes one of this person's dots back from a note. */
  remove(noteId: string): Promise<void> {
    return this.change('remove', noteId);
  }

  /** Asks the server for this person's dots again (the page came back to the front, a dotted note went away). */
  refresh(): Promise<void> {
    const round = this.state.get().round;
    if (this.destroyed || !round || !this.voter) return Promise.resolve();
    // one ask waiting is enough: it will see everything that happened before it is sent
    if (this.queuedGet) return this.queuedGet;
    const voteId = round.voteId;
    this.queuedGet = this.enqueue(async () => {
      this.queuedGet = null;
      if (!this.current(voteId)) return;
      try {
        this.apply(await this.deps.api.get(voteId));
      } catch (err) {
        // nothing changes on screen: the next focus or answer tries again
        console.warn('Essaim: could not read my dots', err);
      }
    });
    return this.queuedGet;
  }

  /** The board's notes changed: a note holding this person's dots may be gone, its dots given back. */
  notesChanged(exists: (noteId: string) => boolean): void {
    this.exists = exists;
    if (this.holdsGoneNote()) this.checkGoneNotes();
  }

  destroy(): void {
    this.destroyed = true;
    this.cancelGoneCheck?.();
  }

  /** Notes this person has dots on that this board no longer holds (or never did: a dot on another board of the round). */
  private goneNotes(): string[] {
    const { mine } = this.state.get();
    const exists = this.exists;
    if (mine === null || exists === null) return [];
    return Object.entries(mine.myDots)
      .filter(([noteId, count]) => count > 0 && !exists(noteId))
      .map(([noteId]) => noteId);
  }

  private holdsGoneNote(): boolean {
    return this.goneNotes().some((id) => !this.givenUp.has(id));
  }

  /**
   * Asks for the dots after the next delay, and again while the answer still holds a note that is gone.
   * After the last try those notes are let be (a dot on another board of the round stays), so a note
   * deleted later is looked for afresh.
   */
  private checkGoneNotes(): void {
    if (this.cancelGoneCheck) return;
    if (this.goneChecks >= GONE_NOTE_CHECKS_MS.length) {
      this.givenUp = new Set(this.goneNotes());
      this.goneChecks = 0;
      return;
    }
    const delay = GONE_NOTE_CHECKS_MS[this.goneChecks++]!;
    this.cancelGoneCheck = (this.deps.after ?? afterTimeout)(delay, () => {
      this.cancelGoneCheck = null;
      void this.refresh().then(() => {
        if (this.holdsGoneNote()) this.checkGoneNotes();
        else this.goneChecks = 0;
      });
    });
  }

  private change(kind: 'add' | 'remove', noteId: string): Promise<void> {
    const round = this.state.get().round;
    if (this.destroyed || !round || !this.voter) return Promise.resolve();
    const { voteId } = round;
    const step = kind === 'add' ? 1 : -1;
    this.bumpPending(voteId, noteId, step);
    return this.enqueue(async () => {
      try {
        // the round closed (or another opened) while this waited: nothing to send
        if (!this.current(voteId)) return;
        const { api } = this.deps;
        this.apply(kind === 'add' ? await api.addDot(voteId, noteId) : await api.removeDot(voteId, noteId));
      } catch (err) {
        if (!this.current(voteId)) return;
        this.deps.onRefused(err);
        // refused: this screen's idea of the dots was off, so it asks what they are
        if (!(err instanceof ApiError && err.code === 'vote_closed')) void this.refresh();
      } finally {
        this.bumpPending(voteId, noteId, -step);
      }
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private current(voteId: string): boolean {
    return !this.destroyed && this.state.get().round?.voteId === voteId;
  }

  private apply(answer: VoteResponse): void {
    if (!this.current(answer.voteId)) return;
    const before = this.state.get().mine;
    this.state.set((s) => ({ ...s, mine: { voteId: answer.voteId, myDots: answer.myDots, dotsLeft: answer.dotsLeft } }));
    this.tellReturned(before, answer);
    if (!this.holdsGoneNote()) this.goneChecks = 0;
  }

  /** Dots an answer gave back from notes this board no longer holds: said, once, or the count of dots left jumps up unexplained. */
  private tellReturned(before: MyDots | null, answer: VoteResponse): void {
    const exists = this.exists;
    if (before?.voteId !== answer.voteId || exists === null) return;
    let dots = 0;
    let notes = 0;
    for (const [noteId, had] of Object.entries(before.myDots)) {
      const back = had - (answer.myDots[noteId] ?? 0);
      if (back <= 0 || exists(noteId)) continue;
      dots += back;
      notes++;
    }
    if (dots > 0) (this.deps.onDotsReturned ?? showDotsReturned)(dots, notes);
  }

  private bumpPending(voteId: string, noteId: string, step: number): void {
    if (!this.current(voteId)) return;
    this.state.set((s) => {
      const pending = new Map(s.pending);
      const n = (pending.get(noteId) ?? 0) + step;
      if (n === 0) pending.delete(noteId);
      else pending.set(noteId, n);
      return { ...s, pending };
    });
  }
}

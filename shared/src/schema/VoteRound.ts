import { z } from 'zod';
import { FRAME_TITLE_MAX } from './Frame.js';
import { entryIdField, timeField } from './schemaFields.js';

/**
 * Dot voting (docs/API.md, « Dot voting »). The server keeps every dot (SQLite) and decides each
 * one; the workshop document's `votes` map holds each round's public view, under its id: its
 * settings, whether it is open, how many people voted in each room — and the tallies only once
 * they may be seen (the round closed, or opened with live results). Nothing else of a vote is
 * ever in a document a participant syncs.
 */

export const VOTE_DOTS_MAX = 99;
export const VOTE_DEFAULTS = { dotsPerPerson: 3, maxPerNote: 1, anonymous: true, resultsVisible: 'after' } as const;
/** Notes one « Garder » takes. */
export const VOTE_KEEP_MAX = 100;
/** Notes a « selected notes » scope names. */
export const VOTE_NOTE_IDS_MAX = 500;
/** Rounds a workshop keeps (round 1 on needs, round 2 on solutions… far past a day's workshop). */
export const VOTE_ROUNDS_MAX = 100;
/** A round's optional duration with the rooms' shared timer, in seconds. */
export const VOTE_DURATION_MAX = 7200;
export const VOTE_RESULTS_VISIBLE = ['live', 'after'] as const;
export type ResultsVisible = (typeof VOTE_RESULTS_VISIBLE)[number];

/** What a round votes on, in each of its rooms. */
export type VoteScope =
  | { kind: 'board' }
  | { kind: 'notes'; noteIds: string[] }
  /**
   * one zone: the zone itself in its room; in the other rooms, their zone of the same title
   * (`foldTitle`). `held`: the notes it held at the opening, which stay in the vote when moved out
   */
  | { kind: 'frame'; frameId: string; title: string; held?: string[] }
  /** one cluster; `held` as for a zone */
  | { kind: 'group'; groupId: string; held?: string[] };

/** Notes a zone or cluster round remembers from its opening (every room together). */
export const VOTE_HELD_MAX = 2000;

export interface VoteSettings {
  dotsPerPerson: number;
  /** the most dots one person may put on one note */
  maxPerNote: number;
  /** named rounds show facilitators who voted for what */
  anonymous: boolean;
  /** `after`: nobody but facilitators sees a count before the close */
  resultsVisible: ResultsVisible;
  /** the rooms' timer was started with it; the round closes when their timers reach zero */
  durationSeconds: number | null;
}

/** One note's dots; note ids are unique within a board, so a result is a room's note. */
export interface VoteResult {
  noteId: string;
  roomId: string;
  count: number;
}

export interface VoteTurnout {
  voted: number;
  eligible: number;
}

export interface VoteRoomTurnout extends VoteTurnout {
  roomId: string;
  /** dots put in that room */
  dots: number;
}

/** A round as everyone of the workshop may read it (the workshop document's `votes` map). */
export interface VoteRound extends VoteSettings {
  voteId: string;
  /** 1, 2, 3… in the workshop, in opening order */
  number: number;
  roomIds: string[];
  scope: VoteScope;
  status: 'open' | 'closed';
  openedAt: number;
  openedBy: string;
  closedAt: number | null;
  /** people who have put at least one dot, per room: always shown (« 12 personnes ont voté ») */
  votedByRoom: Record<string, number>;
  /** the counts, best first: only once closed, or while open with live results; null otherwise */
  results: VoteResult[] | null;
  /** at the close: who could vote and who did */
  turnout: VoteTurnout | null;
  byRoom: VoteRoomTurnout[] | null;
  /** notes « Garder les N premiers » copied into a priorities zone: copy id → the note it copies (its count shows on the copy) */
  copies: Record<string, string>;
  /** a named round's facilitator let participants see who voted for what */
  votersShared: boolean;
  /**
   * a timed round's own countdown in each room: the `updatedAt` of the timer it started, followed through
   * a facilitator's pause, resume and added time; a room whose timer was started anew (by a facilitator or
   * the 3-12-3 runner) or stopped leaves it — the round neither follows, refuses by, nor stops that timer
   */
  timers?: Record<string, number>;
}

/** One person's dots in a named round, for facilitators (or everyone once shared). */
export interface VoteVoter {
  participantId: string;
  name: string;
  roomId: string;
  dots: Record<string, number>;
}

/** Every answer of the vote routes: the round, the caller's own dots, and what the caller may see. */
export interface VoteResponse extends VoteRound {
  /** the caller's dots left (0 for who does not vote) */
  dotsLeft: number;
  /** the caller's dots by note */
  myDots: Record<string, number>;
  /** named rounds: facilitators always, participants once shared and closed */
  voters?: VoteVoter[];
}

export interface VoteStartRequest {
  roomIds?: string[];
  noteIds?: string[];
  frameId?: string;
  groupId?: string;
  dotsPerPerson?: number;
  maxPerNote?: number;
  anonymous?: boolean;
  resultsVisible?: ResultsVisible;
  durationSeconds?: number;
}

/** « Garder les N premiers »: these notes (the facilitator settled the ties) copied or moved into a priorities zone. */
export interface VoteKeepRequest {
  noteIds: string[];
  /** the room whose notes these are (note ids are unique within a board only); none: any room of the round */
  roomId?: string;
  mode: 'copy' | 'move';
  /** the zone to fill; default: each room's « 3 besoins prioritaires » (or a new « Priorités » zone beside the board) */
  frameId?: string;
}

export interface VoteKeepResponse extends VoteResponse {
  /** per room: the zone filled and how many notes went in */
  kept: { roomId: string; frameId: string; count: number }[];
}

const countField = z.number().int().min(0);

const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('board') }),
  z.object({ kind: z.literal('notes'), noteIds: z.array(entryIdField).max(VOTE_NOTE_IDS_MAX) }),
  z.object({ kind: z.literal('frame'), frameId: entryIdField, title: z.string().max(FRAME_TITLE_MAX), held: z.array(entryIdField).max(VOTE_HELD_MAX).optional() }),
  z.object({ kind: z.literal('group'), groupId: entryIdField, held: z.array(entryIdField).max(VOTE_HELD_MAX).optional() }),
]);

const turnoutSchema = z.object({ voted: countField, eligible: countField });

const roundSchema = z.object({
  voteId: entryIdField,
  number: z.number().int().min(1),
  roomIds: z.array(entryIdField).max(200),
  scope: scopeSchema,
  dotsPerPerson: z.number().int().min(1).max(VOTE_DOTS_MAX),
  maxPerNote: z.number().int().min(1).max(VOTE_DOTS_MAX),
  anonymous: z.boolean(),
  resultsVisible: z.enum(VOTE_RESULTS_VISIBLE),
  durationSeconds: z.number().int().min(1).max(VOTE_DURATION_MAX).nullable(),
  status: z.enum(['open', 'closed']),
  openedAt: timeField,
  openedBy: entryIdField,
  closedAt: timeField.nullable(),
  votedByRoom: z.record(z.string(), countField),
  results: z.array(z.object({ noteId: entryIdField, roomId: entryIdField, count: countField })).nullable(),
  turnout: turnoutSchema.nullable(),
  byRoom: z.array(turnoutSchema.extend({ roomId: entryIdField, dots: countField })).nullable(),
  copies: z.record(z.string(), entryIdField),
  votersShared: z.boolean(),
  timers: z.record(z.string(), timeField).optional(),
});

export function parseVoteRound(value: unknown): VoteRound | null {
  const result = roundSchema.safeParse(value);
  return result.success ? (result.data as VoteRound) : null;
}

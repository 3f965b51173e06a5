import { z } from 'zod';
import { PRIVATE_QUESTION_MAX } from './PrivatePhase.js';
import { entryIdField, timeField } from './schemaFields.js';

/**
 * The 3-12-3 runner's steps, in order: ideas alone (private writing, then revealed), in pairs,
 * each pair presenting in turn, then the pairs' proposals gathered into the clustering area.
 */
export const RUN_STEPS = ['ideas', 'pairs', 'presenting', 'gathered'] as const;
export type RunStep = (typeof RUN_STEPS)[number];

/** The method's durations, in seconds; a test or a short workshop may set shorter ones. */
export interface RunDurations {
  ideas: number;
  pairs: number;
  /** each pair's presentation */
  turn: number;
}

export const DEFAULT_RUN_DURATIONS: RunDurations = { ideas: 180, pairs: 720, turn: 180 };

/** Pairs one run holds (a room of up to 128 people in pairs; past that, in trios): a run with more would not be read. */
export const RUN_PAIRS_MAX = 64;

export interface Pair {
  /** stable within the run: `p1`, `p2`… */
  id: string;
  /** two participant ids, three when the room's count is odd */
  members: string[];
  /** the pair's zone on the room's board, once given */
  frameId: string | null;
}

/**
 * One room's run of the 3-12-3 method, in the workshop document's `runs` map under the room id.
 * Only the server writes it, so it survives a facilitator's reload and a server restart.
 */
export interface RoomRun {
  roomId: string;
  step: RunStep;
  question: string;
  durations: RunDurations;
  /** formed at the « pairs » step; in presentation order */
  pairs: Pair[];
  /** while presenting: the index in `pairs` of the pair presenting now */
  turn: number;
  /** once gathered: how many notes moved into the clustering area (0: the pairs' zones held none) */
  gathered?: number;
  startedAt: number;
  /** the facilitator who started the run */
  startedBy: string;
  updatedAt: number;
}

export const RUN_SECONDS_MAX = 3600;

const durationsSchema = z.object({
  ideas: z.number().int().min(1).max(RUN_SECONDS_MAX),
  pairs: z.number().int().min(1).max(RUN_SECONDS_MAX),
  turn: z.number().int().min(1).max(RUN_SECONDS_MAX),
});

const runSchema = z.object({
  roomId: entryIdField,
  step: z.enum(RUN_STEPS),
  question: z.string().max(PRIVATE_QUESTION_MAX),
  durations: durationsSchema,
  pairs: z.array(z.object({ id: entryIdField, members: z.array(entryIdField).max(3), frameId: entryIdField.nullable() })).max(RUN_PAIRS_MAX),
  turn: z.number().int().min(0),
  gathered: z.number().int().min(0).optional(),
  startedAt: timeField,
  startedBy: entryIdField,
  updatedAt: timeField,
});

export function parseRoomRun(value: unknown): RoomRun | null {
  const result = runSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** `POST /api/workshops/:id/runner` actions (docs/API.md, « 3-12-3 runner »). */
export const RUN_ACTIONS = ['start', 'next', 'back', 'swap', 'add', 'stop'] as const;
export type RunAction = (typeof RUN_ACTIONS)[number];

export interface RunRequest {
  action: RunAction;
  /** none: every room but the plenary */
  roomIds?: string[];
  /** `start`: the question */
  question?: string;
  /** `start`: shorter or longer steps (seconds) */
  durations?: Partial<RunDurations>;
  /** `swap`: two participants of different pairs of the room */
  participantIds?: string[];
  /** `add`: a participant who arrived late; joins the smallest pair, or `pairId` */
  participantId?: string;
  pairId?: string;
  /**
   * `next`/`back`: where the sender saw the run; a room that has moved since is left as it is, so
   * two facilitators clicking « Binôme suivant » at once move on one pair, not two
   */
  at?: { step: RunStep; turn: number };
}

export interface RunnerResponse {
  serverNow: number;
  runs: RoomRun[];
}

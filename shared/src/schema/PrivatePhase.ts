import { z } from 'zod';
import { entryIdField, timeField } from './schemaFields.js';

/**
 * A room's private writing phase, in the workshop document's `phases` map under the room id. Only
 * the server writes it. While `active`, each participant of the room writes notes in their own
 * drafts document (`draftsDocName`), which the server opens to its author alone; « Révéler »
 * ends it, moving every draft onto the room's board.
 */
export interface PrivatePhase {
  roomId: string;
  /** drafts may be written; false once revealed or stopped */
  active: boolean;
  /** what participants answer, shown above their drafts */
  question: string;
  startedAt: number;
  /** the facilitator who started it */
  startedBy: string;
  /** when « Révéler » last put the drafts on the board; null before */
  revealedAt: number | null;
}

export const PRIVATE_QUESTION_MAX = 280;
/** Drafts one person may hold in one room's phase. */
export const DRAFTS_MAX = 100;
/** How revealed drafts are laid out: one column per author, or mixed so nobody is singled out. */
export const REVEAL_ORDERS = ['author', 'shuffle'] as const;
export type RevealOrder = (typeof REVEAL_ORDERS)[number];

const phaseSchema = z.object({
  roomId: entryIdField,
  active: z.boolean(),
  question: z.string().max(PRIVATE_QUESTION_MAX),
  startedAt: timeField,
  startedBy: entryIdField,
  revealedAt: timeField.nullable(),
});

export function parsePrivatePhase(value: unknown): PrivatePhase | null {
  const result = phaseSchema.safeParse(value);
  return result.success ? result.data : null;
}

/**
 * The workshop document's `draftCounts` map, under the room id: how many drafts each participant
 * of the room holds now (participant id → count). Written by the server as drafts change; the
 * only thing anyone but the author learns of them.
 */
export type DraftCounts = Record<string, number>;

export function parseDraftCounts(value: unknown): DraftCounts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const counts: DraftCounts = {};
  for (const [id, n] of Object.entries(value)) {
    if (entryIdField.safeParse(id).success && Number.isInteger(n) && (n as number) >= 0) counts[id] = n as number;
  }
  return counts;
}

/** `POST /api/workshops/:id/private-phase` (docs/API.md, « Private writing »). */
export interface PrivatePhaseRequest {
  question: string;
  /** none: every room, the plenary included */
  roomIds?: string[];
}

/** `POST /api/workshops/:id/private-phase/reveal`. */
export interface RevealRequest {
  roomIds?: string[];
  /** default `author` */
  order?: RevealOrder;
}

/** One room in the answers of the private-phase routes. */
export interface RoomPrivatePhase {
  roomId: string;
  active: boolean;
  question: string;
  counts: DraftCounts;
  revealedAt: number | null;
}

/** `GET /api/workshops/:id/private-phase`: never any text. */
export interface PrivatePhaseResponse {
  /** some room's phase is active */
  active: boolean;
  /** the question of the active phase (the first room's, the plenary first), or "" */
  question: string;
  /** every participant of the workshop with drafts in an active phase → their count */
  counts: DraftCounts;
  rooms: RoomPrivatePhase[];
}

/** `POST …/private-phase/reveal`: what was put on each board. */
export interface RevealResponse extends PrivatePhaseResponse {
  /** notes written on each room's board by this call (0 when already revealed) */
  revealed: Record<string, number>;
}

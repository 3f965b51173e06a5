import { z } from 'zod';
import { FORBIDDEN_KEYS } from './forbiddenKeys.js';

// No code generation: the client's CSP forbids eval, and zod's probe for it (a caught
// `new Function`) is still reported as a violation. Plain parsing is fast enough for notes.
z.config({ jitless: true });

/** Ids are nanoids (or room-prefixed copies of them): nothing that could name an object's internals. */
export const ENTRY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const ENTRY_ID_MAX = 64;
/** Times an entry may carry (ms since the epoch): up to 2100-01-01, so dates stay dates everywhere they are shown. */
export const TIME_MIN = 0;
export const TIME_MAX = Date.UTC(2100, 0, 1);
/** Positions further out than this are brought back: nobody can pan there in a workshop. */
export const BOARD_LIMIT = 1_000_000;

export const isEntryId = (v: unknown): v is string => typeof v === 'string' && ENTRY_ID_PATTERN.test(v) && !FORBIDDEN_KEYS.has(v);

export function clampBoardCoordinate(value: number): number {
  return Math.min(BOARD_LIMIT, Math.max(-BOARD_LIMIT, value));
}

/** The field readers every entry type is built from (zod numbers are finite: no NaN, no Infinity). */
export const entryIdField = z.string().refine(isEntryId, 'not an entry id');
export const timeField = z.number().min(TIME_MIN).max(TIME_MAX);
export const coordinateField = z.number().transform(clampBoardCoordinate);
export const sizeField = (min: number, max: number) => z.number().transform((v) => Math.min(max, Math.max(min, v)));
/** A string cut to `max` characters rather than refused: a longer one from another client still shows. */
export const textField = (max: number) => z.string().transform((v) => v.slice(0, max));
/** An optional field that is dropped, not fatal, when it holds something else. */
export const droppable = <T extends z.ZodType>(field: T) => field.optional().catch(undefined);

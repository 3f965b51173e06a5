import { MAX_BREAKOUT_ROOMS, ROOM_NAME_MAX, type AssignmentMode } from '@essaim/shared';
import { AppError } from './AppError.js';
import { cleanText } from './cleanText.js';

/** The JSON body as a record (Fastify has parsed it), or an empty one. */
export function bodyOf(req: { body?: unknown }): Record<string, unknown> {
  return typeof req.body === 'object' && req.body !== null && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
}

export function readAssignment(value: unknown): AssignmentMode | undefined {
  if (value === undefined) return undefined;
  if (value === 'balanced' || value === 'choice') return value;
  throw new AppError('invalid_request', 'The assignment must be "balanced" or "choice".');
}

export function readBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  throw new AppError('invalid_request', `The field ${field} must be true or false.`);
}

/** Names of `count` breakout rooms: the given ones in order, « Salle N » for the rest. */
export function readBreakoutNames(count: unknown, names: unknown): string[] {
  const n = count === undefined ? 0 : count;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_BREAKOUT_ROOMS) {
    throw new AppError('invalid_request', `The number of rooms must be a whole number from 0 to ${MAX_BREAKOUT_ROOMS}.`);
  }
  if (names !== undefined && !Array.isArray(names)) throw new AppError('invalid_request', 'The room names must be a list of names.');
  const given = (names ?? []) as unknown[];
  return Array.from({ length: n }, (_, i) => cleanText(given[i], ROOM_NAME_MAX) || `Salle ${i + 1}`);
}

export function readRoomName(value: unknown): string {
  const name = cleanText(value, ROOM_NAME_MAX);
  if (!name) throw new AppError('invalid_request', 'Give the room a name.');
  return name;
}

/** More room ids than a workshop ever holds is no list of its rooms. */
const ROOM_IDS_MAX = 128;

/** The rooms a facilitator's action names (`roomIds`), or undefined for every room. */
export function readRoomIds(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || value.length > ROOM_IDS_MAX || !value.every((r) => typeof r === 'string')) {
    throw new AppError('invalid_request', 'The roomIds field must be a list of room ids (leave it out for every room).');
  }
  return value as string[];
}

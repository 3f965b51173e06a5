import { FORBIDDEN_KEYS } from './forbiddenKeys.js';
import { DEFAULT_NOTE_COLOR, isNoteColor, type NoteColor } from './noteColors.js';

/** The room a note was brought back from, on notes copied into the plenary. */
export interface NoteRoomTag {
  id: string;
  name: string;
  /** `#rrggbb` */
  color: string;
}

/** A sticky note, stored as one plain JSON object in the `notes` map under its id. */
export interface Note {
  id: string;
  text: string;
  color: NoteColor;
  /** top-left corner in board coordinates */
  x: number;
  y: number;
  width: number;
  height: number;
  /** participant id of the author, set from the authenticated connection */
  authorId: string;
  /** milliseconds since the epoch */
  createdAt: number;
  updatedAt?: number;
  room?: NoteRoomTag;
}

export const NOTE_DEFAULT_SIZE = 160;
export const NOTE_MIN_SIZE = 60;
export const NOTE_MAX_SIZE = 1200;
export const NOTE_MAX_TEXT = 2000;
export const NOTE_ID_MAX = 64;
/** Ids are nanoids (or room-prefixed copies of them): nothing that could name an object's internals. */
export const NOTE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Times a note may carry (ms since the epoch): up to 2100-01-01, so dates stay dates everywhere they are shown. */
export const TIME_MIN = 0;
export const TIME_MAX = Date.UTC(2100, 0, 1);
/** Positions further out than this are refused: nobody can pan there in a workshop. */
export const BOARD_LIMIT = 1_000_000;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTime = (v: unknown): v is number => isFiniteNumber(v) && v >= TIME_MIN && v <= TIME_MAX;
export const isNoteId = (v: unknown): v is string => typeof v === 'string' && NOTE_ID_PATTERN.test(v) && !FORBIDDEN_KEYS.has(v);

export function clampNoteSize(size: number): number {
  return Math.min(NOTE_MAX_SIZE, Math.max(NOTE_MIN_SIZE, size));
}

export function clampBoardCoordinate(value: number): number {
  return Math.min(BOARD_LIMIT, Math.max(-BOARD_LIMIT, value));
}

/**
 * Reads an entry of the `notes` map written by any client and returns a well-formed `Note`,
 * or null when a required field is missing or of the wrong type. Out-of-range values are
 * clamped and an unknown colour falls back to the default, so a note from an older or
 * foreign client still shows.
 */
export function parseNote(value: unknown): Note | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (!isNoteId(v.id)) return null;
  if (typeof v.text !== 'string') return null;
  if (![v.x, v.y, v.width, v.height].every(isFiniteNumber) || !isTime(v.createdAt)) return null;
  if (typeof v.authorId !== 'string' || v.authorId.length > NOTE_ID_MAX) return null;
  const note: Note = {
    id: v.id,
    text: v.text.slice(0, NOTE_MAX_TEXT),
    color: isNoteColor(v.color) ? v.color : DEFAULT_NOTE_COLOR,
    x: clampBoardCoordinate(v.x as number),
    y: clampBoardCoordinate(v.y as number),
    width: clampNoteSize(v.width as number),
    height: clampNoteSize(v.height as number),
    authorId: v.authorId,
    createdAt: v.createdAt as number,
  };
  if (isTime(v.updatedAt)) note.updatedAt = v.updatedAt;
  const room = parseRoomTag(v.room);
  if (room) note.room = room;
  return note;
}

function parseRoomTag(value: unknown): NoteRoomTag | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return null;
  return { id: id.slice(0, NOTE_ID_MAX), name: name.slice(0, 60), color };
}

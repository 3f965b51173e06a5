import { z } from 'zod';
import { MAX_BREAKOUT_ROOMS, NAME_MAX, ROOM_NAME_MAX, ROOMS_EVER_MAX, TITLE_MAX } from '../protocol/api.js';
import { META_ENTRIES, SCHEMA_VERSION_KEY } from '../schema/BoardMeta.js';
import { BOARD_ENTRY_TYPES, type EntryMapName } from '../schema/boardEntryTypes.js';
import { sameJson } from '../schema/sameJson.js';
import { entryIdField, isEntryId, timeField } from '../schema/schemaFields.js';
import { parseVoteRound, VOTE_DOTS_MAX, VOTE_ROUNDS_MAX } from '../schema/VoteRound.js';
import { BACKUP_DOTS_MAX, BACKUP_FORMAT, BACKUP_PEOPLE_MAX, BACKUP_VERSION, type BackupBoard, type BackupVoteRound, type WorkshopBackup } from './WorkshopBackup.js';

/** What reading a backup file gave: the workshop, or the first thing wrong with it, named by its place in the file. */
export type BackupReading = { ok: true; backup: WorkshopBackup } | { ok: false; problem: string };

/** Kept copies a round of the file may name (« Garder » takes 100 notes at a time). */
const COPIES_MAX = 10_000;
/** Entries of one kind a board of the file may hold (a board's byte limit is checked once it is built). */
const ENTRIES_MAX = 20_000;

const boardSchema = z.strictObject({
  notes: z.array(z.unknown()).max(ENTRIES_MAX),
  frames: z.array(z.unknown()).max(ENTRIES_MAX),
  links: z.array(z.unknown()).max(ENTRIES_MAX),
  groups: z.array(z.unknown()).max(ENTRIES_MAX),
  labels: z.array(z.unknown()).max(ENTRIES_MAX),
  meta: z.record(z.string(), z.unknown()),
});

const roomSchema = z.strictObject({
  id: entryIdField,
  name: z.string().trim().min(1).max(ROOM_NAME_MAX),
  plenary: z.boolean(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  position: z.number().int().min(0).max(10_000),
  archived: z.boolean(),
  board: boardSchema,
});

const dotSchema = z.strictObject({ participantId: entryIdField, noteId: entryIdField, roomId: entryIdField, count: z.number().int().min(1).max(VOTE_DOTS_MAX) });

const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timeField,
  workshop: z.strictObject({
    title: z.string().trim().min(1).max(TITLE_MAX),
    createdAt: timeField,
    participants: z.number().int().min(0).max(BACKUP_PEOPLE_MAX),
    assignment: z.enum(['balanced', 'choice']),
    plenaryOpen: z.boolean(),
    anonymous: z.boolean(),
    observersExport: z.boolean(),
    template: entryIdField.nullable(),
  }),
  // removed rooms included, as a workshop keeps them
  rooms: z.array(roomSchema).min(1).max(ROOMS_EVER_MAX),
  people: z
    .array(z.strictObject({ id: entryIdField, name: z.string().trim().min(1).max(NAME_MAX), role: z.enum(['facilitator', 'participant', 'observer']) }))
    .max(BACKUP_PEOPLE_MAX),
  votes: z.array(z.looseObject({ dots: z.array(dotSchema).max(BACKUP_DOTS_MAX) })).max(VOTE_ROUNDS_MAX),
});

/** `rooms[1].board.notes[3]` from a zod path. */
function place(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const ENTRY_NAMES: Record<EntryMapName, string> = { notes: 'note', frames: 'zone', links: 'link', groups: 'cluster', labels: 'heading' };

class Problem extends Error {}

function checkBoard(board: BackupBoard, at: string): void {
  for (const name of Object.keys(BOARD_ENTRY_TYPES) as EntryMapName[]) {
    const seen = new Set<string>();
    board[name].forEach((value, i) => {
      const id = (value as { id?: unknown } | null)?.id;
      const where = `${at}.${name}[${i}]`;
      if (!isEntryId(id)) throw new Problem(`${where}: the ${ENTRY_NAMES[name]} has no valid id (letters, digits, - and _, at most 64).`);
      if (seen.has(id)) throw new Problem(`${where}: the id "${id}" appears twice among the ${name}.`);
      seen.add(id);
      if (BOARD_ENTRY_TYPES[name].validate(id, value) === null) {
        throw new Problem(`${where} (id "${id}"): not a valid ${ENTRY_NAMES[name]} — a field is missing, mistyped or out of its limits.`);
      }
    });
  }
  const notes = new Set(board.notes.map((n) => n.id));
  board.links.forEach((link, i) => {
    for (const end of [link.from, link.to]) {
      if (!notes.has(end)) throw new Problem(`${at}.links[${i}] (id "${link.id}"): its end "${end}" is not a note of this board.`);
    }
  });
  for (const [key, value] of Object.entries(board.meta)) {
    const entry = Object.hasOwn(META_ENTRIES, key) && key !== SCHEMA_VERSION_KEY ? META_ENTRIES[key]! : undefined;
    if (!entry) throw new Problem(`${at}.meta.${key.slice(0, 40)}: unknown setting (known: policy, categories, template).`);
    if (entry.validate(value) === null) throw new Problem(`${at}.meta.${key}: not a valid value for this setting.`);
  }
}

function checkRound(vote: BackupVoteRound, at: string, rooms: ReadonlySet<string>, numbers: Set<number>): void {
  const { dots, ...round } = vote;
  const parsed = parseVoteRound({ ...round, voteId: 'imported' });
  if (!parsed || !sameJson(parsed, { ...round, voteId: 'imported' })) {
    throw new Problem(`${at}: not a valid vote round — a field is missing, mistyped or out of its limits.`);
  }
  if (numbers.has(parsed.number)) throw new Problem(`${at}: round number ${parsed.number} appears twice.`);
  numbers.add(parsed.number);
  const unknown = parsed.roomIds.find((id) => !rooms.has(id));
  if (unknown !== undefined) throw new Problem(`${at}.roomIds: "${unknown}" is not a room of this file.`);
  const voting = new Set(parsed.roomIds);
  const outside = [...Object.keys(parsed.votedByRoom), ...(parsed.byRoom ?? []).map((r) => r.roomId)].find((id) => !voting.has(id));
  if (outside !== undefined) throw new Problem(`${at}: counts for room "${outside.slice(0, 64)}", which did not take part in this round.`);
  if (Object.keys(parsed.copies).length > COPIES_MAX) throw new Problem(`${at}.copies: more than ${COPIES_MAX} kept copies.`);
  dots.forEach((dot, i) => {
    if (!voting.has(dot.roomId)) throw new Problem(`${at}.dots[${i}]: room "${dot.roomId}" did not take part in this round.`);
  });
}

/**
 * Reads a backup file's JSON: the workshop it holds, each entry exactly as Essaim writes it, or
 * the first thing wrong with it. Nothing is repaired: a file that is not what an export wrote is refused.
 */
export function parseWorkshopBackup(value: unknown): BackupReading {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: 'The file is not a JSON object.' };
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT) return { ok: false, problem: `This is not an Essaim workshop backup: its "format" field is not "${BACKUP_FORMAT}".` };
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return { ok: false, problem: `This backup was made by a newer Essaim (version ${head.version}); this server reads version ${BACKUP_VERSION}.` };
  }
  const result = backupSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, problem: `${place(issue.path) || 'the file'}: ${issue.message}` };
  }
  const backup = result.data as unknown as WorkshopBackup;
  try {
    const ids = new Set<string>();
    backup.rooms.forEach((room, i) => {
      if (ids.has(room.id)) throw new Problem(`rooms[${i}].id: the id "${room.id}" appears twice.`);
      ids.add(room.id);
      checkBoard(room.board, `rooms[${i}].board`);
    });
    const plenaries = backup.rooms.filter((r) => r.plenary).length;
    if (plenaries !== 1) throw new Problem(`rooms: a workshop has exactly one plenary; this file has ${plenaries}.`);
    if (backup.rooms.some((r) => r.plenary && r.archived)) throw new Problem('rooms: the plenary cannot be a removed room.');
    const active = backup.rooms.filter((r) => !r.plenary && !r.archived).length;
    if (active > MAX_BREAKOUT_ROOMS) throw new Problem(`rooms: ${active} breakout rooms; a workshop has at most ${MAX_BREAKOUT_ROOMS} (others may be removed ones).`);
    const people = new Set<string>();
    backup.people.forEach((p, i) => {
      if (people.has(p.id)) throw new Problem(`people[${i}].id: the id "${p.id}" appears twice.`);
      people.add(p.id);
    });
    const numbers = new Set<number>();
    let dots = 0;
    backup.votes.forEach((vote, i) => {
      checkRound(vote, `votes[${i}]`, ids, numbers);
      dots += vote.dots.length;
    });
    if (dots > BACKUP_DOTS_MAX) throw new Problem(`votes: ${dots} dots; a backup holds at most ${BACKUP_DOTS_MAX}.`);
  } catch (err) {
    if (err instanceof Problem) return { ok: false, problem: err.message };
    throw err;
  }
  return { ok: true, backup };
}

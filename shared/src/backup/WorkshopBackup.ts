import type { AssignmentMode, Role } from '../protocol/api.js';
import type { Frame } from '../schema/Frame.js';
import type { Group } from '../schema/Group.js';
import type { Label } from '../schema/Label.js';
import type { Link } from '../schema/Link.js';
import type { Note } from '../schema/Note.js';
import type { VoteRound } from '../schema/VoteRound.js';
import type { Dot } from '../vote/tally.js';

/**
 * A whole workshop as one JSON file (`GET /api/workshops/:id/export.json`), which
 * `POST /api/workshops/import` makes into a new workshop. What lives only while a workshop runs
 * (timers, private phases and drafts, 3-12-3 runs, focus, the banner) and every secret (join code,
 * invites, tokens) stay out. Entries are sorted by id, so one workshop always gives the same file:
 * export → import → export differs only by `exportedAt` (and a round open at the export, imported closed).
 */
export const BACKUP_FORMAT = 'essaim-workshop-backup';
export const BACKUP_VERSION = 1;

/** One board: each map's entries as its type reads them, and the `meta` keys that describe it. */
export interface BackupBoard {
  notes: Note[];
  frames: Frame[];
  links: Link[];
  groups: Group[];
  labels: Label[];
  /** `policy`, `categories`, `template` as `META_ENTRIES` validate them (never `schemaVersion`) */
  meta: Record<string, unknown>;
}

export interface BackupRoom {
  /** kept on import: ids are the workshop's own, its notes' room tags and its rounds name them */
  id: string;
  name: string;
  plenary: boolean;
  /** `#rrggbb` */
  color: string;
  position: number;
  /** removed from the workshop: its board is kept, and the vote rounds it took part in still name it */
  archived: boolean;
  board: BackupBoard;
}

/** Someone the file names: a note's author, a voter, who opened a round. No token, no room. */
export interface BackupPerson {
  id: string;
  name: string;
  role: Role;
}

/**
 * A round without its id (a new one is given on import) nor its live timers, with every dot. A
 * round open in the file is imported closed, as it stood at the export (its dots counted).
 */
export type BackupVoteRound = Omit<VoteRound, 'voteId' | 'timers'> & { dots: Dot[] };

export interface WorkshopBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  workshop: {
    title: string;
    createdAt: number;
    /** people who took part (participants, removed ones included): the report's cover says how many */
    participants: number;
    assignment: AssignmentMode;
    plenaryOpen: boolean;
    anonymous: boolean;
    observersExport: boolean;
    /** the template rooms added later start with (null: blank) */
    template: string | null;
  };
  /** every room, removed ones included: plenary first, then by position */
  rooms: BackupRoom[];
  /** by id */
  people: BackupPerson[];
  /** by number */
  votes: BackupVoteRound[];
}

/** Dots one backup may carry (a hundred rounds of a big workshop stay far below). */
export const BACKUP_DOTS_MAX = 200_000;
/** People one backup may name. */
export const BACKUP_PEOPLE_MAX = 10_000;

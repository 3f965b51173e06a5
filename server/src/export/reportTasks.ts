import type { BackupPerson, BackupVoteRound, WorkshopBackup } from '@essaim/shared';
import type { ReportLang } from '../report/reportStrings.js';

export type { ReportLang };
export type Paper = 'a4' | 'a3';

/**
 * What the main thread hands the export worker: the documents as Yjs updates (a copy taken in one
 * step, so the boards go on syncing while the worker reads them) and what only the records know.
 */
export interface ReportInput {
  workshop: Uint8Array;
  boards: { roomId: string; update: Uint8Array }[];
  /** the rooms to report, plenary first then in dashboard order */
  roomIds: string[];
  /** participant id → name, removed people included */
  authors: Record<string, string>;
  participants: number;
  createdAt: number;
  now: number;
}

/** The records' part of a backup: everything but the boards, which the worker reads from `source`. */
export interface BackupRecords {
  workshop: Omit<WorkshopBackup['workshop'], 'anonymous' | 'observersExport'>;
  rooms: { id: string; name: string; plenary: boolean; color: string; position: number; archived: boolean }[];
  /** everyone the workshop had; the worker keeps those the file names */
  people: BackupPerson[];
  votes: BackupVoteRound[];
}

export type ReportTask =
  | { kind: 'pdf'; source: ReportInput; paper: Paper; lang: ReportLang }
  | { kind: 'png'; source: ReportInput; scale: number; lang: ReportLang }
  | { kind: 'csv'; source: ReportInput; sep: ';' | ','; lang: ReportLang }
  | { kind: 'json'; source: ReportInput; records: BackupRecords }
  | { kind: 'import'; text: string; maxBoardBytes: number };

/** A file the worker made; `scale`: the PNG's scale once kept within its size limit. */
export interface MadeFile {
  bytes: Uint8Array;
  scale?: number;
  /** the room to draw was removed while the documents were copied */
  gone?: true;
}

/** An import read: the backup without its boards' entries, and each board as a Yjs update; or what is wrong with the file. */
export type ImportReading =
  | { ok: true; backup: Omit<WorkshopBackup, 'rooms'> & { rooms: Omit<WorkshopBackup['rooms'][number], 'board'>[] }; boards: { roomId: string; update: Uint8Array }[] }
  | { ok: false; problem: string };

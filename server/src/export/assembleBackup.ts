import type * as Y from 'yjs';
import { BACKUP_FORMAT, BACKUP_VERSION, readWorkshopSettings, type BackupBoard, type WorkshopBackup } from '@essaim/shared';
import type { BackupRecords } from './reportTasks.js';

/** The backup file of a workshop: its records, the settings its document holds, and each room's board. */
export function assembleBackup(records: BackupRecords, workshopDoc: Y.Doc, boardOf: (roomId: string) => BackupBoard | null, now: number): WorkshopBackup {
  const { anonymous, observersExport } = readWorkshopSettings(workshopDoc);
  const empty: BackupBoard = { notes: [], frames: [], links: [], groups: [], labels: [], meta: {} };
  const rooms = records.rooms.map((room) => ({ ...room, board: boardOf(room.id) ?? empty }));
  // the people the file names, and only them: authors, voters, who opened a round
  const named = new Set<string>(records.votes.flatMap((v) => [v.openedBy, ...v.dots.map((d) => d.participantId)]));
  for (const room of rooms) for (const note of room.board.notes) named.add(note.authorId);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    workshop: { ...records.workshop, anonymous, observersExport },
    rooms,
    people: records.people.filter((p) => named.has(p.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    votes: records.votes,
  };
}

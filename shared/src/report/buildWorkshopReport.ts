import * as Y from 'yjs';
import { readRooms, readVoteRounds, readWorkshopSettings } from '../schema/workshopMaps.js';
import { buildRoomReport } from './buildRoomReport.js';
import type { RoomReport, WorkshopReport } from './Report.js';

/** What a report is made from: the workshop document, the boards of the rooms to report, and what the server knows besides. */
export interface ReportSource {
  /** the workshop document `w/<id>` (rooms, settings with `anonymous`, the `votes` map of VoteRound) */
  workshop: Y.Doc;
  /** room id → its board document, for the rooms to report (a room without one reports an empty board) */
  boards: ReadonlyMap<string, Y.Doc>;
  /** the rooms to report, in the order wanted (plenary first); unknown ids are skipped, repeated ones reported once */
  roomIds: readonly string[];
  /** participant id → name (facilitators, participants, observers, removed people included) */
  authors: Readonly<Record<string, string>>;
  /** people who took part (participants, not facilitators nor observers), removed ones included */
  participants: number;
  /** when the workshop was created (ms) */
  createdAt: number;
  /** when the report is made (ms) */
  now: number;
}

/**
 * The workshop report (issue 14) as plain data, read from the documents: what the PDF, the PNG
 * and the CSV show. Authors are named only when the workshop is not anonymous; dots count only
 * in rounds whose results may be seen.
 */
export function buildWorkshopReport(source: ReportSource): WorkshopReport {
  const settings = readWorkshopSettings(source.workshop);
  const known = new Map(readRooms(source.workshop).map((r) => [r.id, r]));
  const ctx = { anonymous: settings.anonymous, authors: source.authors, rounds: readVoteRounds(source.workshop) };
  const rooms: RoomReport[] = [];
  for (const roomId of new Set(source.roomIds)) {
    const room = known.get(roomId);
    if (room) rooms.push(buildRoomReport(room, source.boards.get(roomId) ?? new Y.Doc(), ctx));
  }
  return {
    title: settings.title,
    createdAt: source.createdAt,
    madeAt: source.now,
    anonymous: settings.anonymous,
    participants: source.participants,
    notes: rooms.reduce((sum, r) => sum + r.noteCount, 0),
    rooms,
  };
}

import { readingOrder } from '../geometry/readingOrder.js';
import type { NoteColor } from '../schema/noteColors.js';
import type { ReportNote, WorkshopReport } from './Report.js';

/** One line of the CSV export: one note. */
export interface NoteRow {
  room: string;
  /** the zone it lies in (the smallest, if several), or '' */
  zone: string;
  /** its cluster's title, or '' */
  cluster: string;
  /** its category's name, or '' */
  category: string;
  text: string;
  color: NoteColor;
  /** dots in the rounds whose results may be seen */
  votes: number;
  /** '' when the workshop is anonymous or the author unknown */
  author: string;
  createdAt: number;
}

/** Every note of every reported room once, room by room, each board in reading order. */
export function noteRows(report: WorkshopReport): NoteRow[] {
  const rows: NoteRow[] = [];
  for (const room of report.rooms) {
    const printed = new Map<string, ReportNote>();
    const zoneOf = new Map<string, string>();
    const clusterOf = new Map<string, string>();
    // every note is in a zone, a cluster or the loose ones
    for (const zone of room.zones) {
      for (const note of zone.notes) {
        printed.set(note.id, note);
        zoneOf.set(note.id, zone.title);
      }
    }
    for (const cluster of room.clusters) {
      for (const note of cluster.notes) {
        printed.set(note.id, note);
        clusterOf.set(note.id, cluster.title);
      }
    }
    for (const note of room.loose) printed.set(note.id, note);
    const notes = room.board.notes;
    for (const index of readingOrder(notes)) {
      const note = printed.get(notes[index]!.id);
      if (!note) continue;
      rows.push({
        room: room.name,
        zone: zoneOf.get(note.id) ?? '',
        cluster: clusterOf.get(note.id) ?? '',
        category: note.category ?? '',
        text: note.text,
        color: note.color,
        votes: note.votes,
        author: note.author ?? '',
        createdAt: note.createdAt,
      });
    }
  }
  return rows;
}

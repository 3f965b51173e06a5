// The export worker thread (`ReportWorkers`): everything heavy an export or an import does — reading
// the boards, laying out and drawing the PDF and the PNG, the CSV, the backup file, checking an
// imported file — runs here, never on the event loop that relays the live boards.
import * as Y from 'yjs';
import { buildWorkshopReport, parseWorkshopBackup, readBoardBackup, writeBoardBackup, type WorkshopBackup, type WorkshopReport } from '@essaim/shared';
import { boardPngSize, renderBoardPng } from '../report/renderBoardPng.js';
import { renderReportPdf } from '../report/renderReportPdf.js';
import { notesCsv } from './notesCsv.js';
import type { ImportReading, MadeFile, ReportInput, ReportTask } from './reportTasks.js';
import { assembleBackup } from './assembleBackup.js';

/** The longest side of an exported PNG, in pixels. */
export const PNG_SIDE_MAX = 8192;
/** Its most pixels (4 bytes each while drawn: 128 MB). */
export const PNG_PIXELS_MAX = 32 * 1024 * 1024;

function docOf(update: Uint8Array): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, update);
  return doc;
}

function boardsOf(input: ReportInput): Map<string, Y.Doc> {
  return new Map(input.boards.map((b) => [b.roomId, docOf(b.update)]));
}

function reportOf(input: ReportInput): WorkshopReport {
  return buildWorkshopReport({
    workshop: docOf(input.workshop),
    boards: boardsOf(input),
    roomIds: input.roomIds,
    authors: input.authors,
    participants: input.participants,
    createdAt: input.createdAt,
    now: input.now,
  });
}

function readImport(text: string, maxBoardBytes: number): ImportReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: `The file is not valid JSON (${(err as Error).message.slice(0, 120)}): it may be another kind of file, or a backup cut short.` };
  }
  const reading = parseWorkshopBackup(value);
  if (!reading.ok) return reading;
  const { rooms, ...rest } = reading.backup;
  const boards: { roomId: string; update: Uint8Array }[] = [];
  for (const [i, room] of rooms.entries()) {
    const doc = new Y.Doc();
    writeBoardBackup(doc, room.board);
    const update = Y.encodeStateAsUpdate(doc);
    if (maxBoardBytes > 0 && update.byteLength > maxBoardBytes) {
      return { ok: false, problem: `rooms[${i}].board: ${update.byteLength} bytes once built, over this server's board limit of ${maxBoardBytes}.` };
    }
    boards.push({ roomId: room.id, update });
  }
  return { ok: true, backup: { ...rest, rooms: rooms.map(({ board: _board, ...r }) => r) }, boards };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** One task, as piscina calls it. */
export default async function run(task: ReportTask): Promise<MadeFile | ImportReading> {
  switch (task.kind) {
    case 'pdf':
      return { bytes: await renderReportPdf(reportOf(task.source), { paper: task.paper, lang: task.lang }) };
    case 'png': {
      const report = reportOf(task.source);
      const room = report.rooms[0];
      // removed while its copy was taken
      if (!room) return { bytes: new Uint8Array(), gone: true };
      const size = boardPngSize(room, task.scale);
      const fit = Math.min(1, PNG_SIDE_MAX / Math.max(size.width, size.height), Math.sqrt(PNG_PIXELS_MAX / (size.width * size.height)));
      const scale = task.scale * fit;
      return { bytes: renderBoardPng(room, { scale, lang: task.lang, anonymous: report.anonymous }), scale };
    }
    case 'csv':
      return { bytes: encode(notesCsv(reportOf(task.source), task.sep, task.lang)) };
    case 'json': {
      const boards = boardsOf(task.source);
      const backup: WorkshopBackup = assembleBackup(task.records, docOf(task.source.workshop), (roomId) => {
        const doc = boards.get(roomId);
        return doc ? readBoardBackup(doc) : null;
      }, task.source.now);
      return { bytes: encode(JSON.stringify(backup)) };
    }
    case 'import':
      return readImport(task.text, task.maxBoardBytes);
  }
}

import type { FastifyBaseLogger } from 'fastify';
import * as Y from 'yjs';
import {
  anonymousDots,
  parseVoteRound,
  readWorkshopSettings,
  roomDocName,
  workshopDocName,
  type BackupPerson,
  type BackupVoteRound,
} from '@essaim/shared';
import type { Identity } from '../auth/TokenService.js';
import { AppError } from '../http/AppError.js';
import type { ParticipantRecord, RoomRecord, WorkshopRecord } from '../storage/Storage.js';
import type { WorkshopService } from '../workshops/WorkshopService.js';
import { activeRooms } from '../workshops/workshopViews.js';
import { downloadName } from './downloadName.js';
import type { ReportWorkers } from './ReportWorkers.js';
import type { BackupRecords, Paper, ReportInput, ReportLang } from './reportTasks.js';

/** A file to send: its bytes, type and the name it downloads under. */
export interface ExportFile {
  bytes: Uint8Array;
  type: string;
  filename: string;
  /** a PNG's scale once kept within its size limit */
  scale?: number;
}

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byDots = (a: { participantId: string; roomId: string; noteId: string }, b: typeof a): number =>
  order(a.participantId, b.participantId) || order(a.roomId, b.roomId) || order(a.noteId, b.noteId);

/**
 * The exports of a workshop. The main thread only takes a copy of each document (one encoded
 * update, in one step, so what is reported is one moment of the board) and what the records
 * know; the worker threads do the rest.
 */
export class ExportService {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly workers: ReportWorkers,
    private readonly log: FastifyBaseLogger,
  ) {}

  /**
   * Facilitators of the workshop, and its observers while the facilitators let them — but not for the
   * backup, which holds every author and every voter's dots (hidden from observers in an anonymous
   * workshop or a named round); 403 for anyone else.
   */
  async mayExport(identity: Identity, workshopId: string, what: 'report' | 'backup'): Promise<void> {
    if (identity.workshopId !== workshopId) throw new AppError('forbidden', 'This token is for another workshop.');
    if (identity.role === 'facilitator') return;
    if (identity.role === 'observer' && what === 'backup') throw new AppError('forbidden', 'Only the facilitators of this workshop can take its backup.');
    if (identity.role === 'observer') {
      const { observersExport } = await this.workshops.rooms.withDoc(workshopDocName(workshopId), (room) => readWorkshopSettings(room.doc));
      if (observersExport) return;
      throw new AppError('forbidden', 'The facilitators have not let observers export this workshop.');
    }
    throw new AppError('forbidden', 'Only the facilitators of this workshop can export it.');
  }

  /** The active rooms `asked` names (`all`, or ids), in dashboard order; 404 for an id that is no active room. */
  rooms(workshop: WorkshopRecord, asked: readonly string[] | 'all'): RoomRecord[] {
    const active = activeRooms(workshop);
    if (asked === 'all') return active;
    const unknown = asked.find((id) => !active.some((r) => r.id === id));
    if (unknown !== undefined) throw new AppError('not_found', `No room "${unknown.slice(0, 64)}" in this workshop.`);
    return active.filter((r) => asked.includes(r.id));
  }

  async pdf(workshopId: string, asked: readonly string[] | 'all', paper: Paper, lang: ReportLang): Promise<ExportFile> {
    const workshop = await this.workshops.workshop(workshopId);
    const rooms = this.rooms(workshop, asked);
    const made = await this.workers.make(workshop.id, { kind: 'pdf', source: await this.input(workshop, rooms), paper, lang });
    const title = rooms.length === 1 && asked !== 'all' ? `${workshop.title} - ${rooms[0]!.name}` : workshop.title;
    return { bytes: made.bytes, type: 'application/pdf', filename: downloadName(title, 'pdf') };
  }

  async png(workshopId: string, roomId: string, scale: number, lang: ReportLang): Promise<ExportFile> {
    const workshop = await this.workshops.workshop(workshopId);
    const [room] = this.rooms(workshop, [roomId]);
    const made = await this.workers.make(workshop.id, { kind: 'png', source: await this.input(workshop, [room!]), scale, lang });
    if (made.gone) throw new AppError('not_found', `No room "${roomId.slice(0, 64)}" in this workshop any more.`);
    return { bytes: made.bytes, type: 'image/png', filename: downloadName(`${workshop.title} - ${room!.name}`, 'png'), scale: made.scale ?? scale };
  }

  async csv(workshopId: string, sep: ';' | ',', lang: ReportLang): Promise<ExportFile> {
    const workshop = await this.workshops.workshop(workshopId);
    const made = await this.workers.make(workshop.id, { kind: 'csv', source: await this.input(workshop, activeRooms(workshop)), sep, lang });
    return { bytes: made.bytes, type: 'text/csv; charset=utf-8', filename: downloadName(workshop.title, 'csv') };
  }

  /** The backup: every room, removed ones included (their boards are kept, and rounds they took part in name them). */
  async json(workshopId: string): Promise<ExportFile> {
    const workshop = await this.workshops.workshop(workshopId);
    const everyone = await this.workshops.storage.listEveryone(workshop.id);
    const source = await this.input(workshop, workshop.rooms, everyone);
    const made = await this.workers.make(workshop.id, { kind: 'json', source, records: await this.records(workshop, source.participants, everyone) });
    return { bytes: made.bytes, type: 'application/json; charset=utf-8', filename: downloadName(workshop.title, 'json') };
  }

  /** One copy of each document the report reads, and the names its notes and votes show. */
  private async input(workshop: WorkshopRecord, rooms: readonly RoomRecord[], known?: readonly ParticipantRecord[]): Promise<ReportInput> {
    const copy = (name: string) => this.workshops.rooms.withDoc(name, (room) => Y.encodeStateAsUpdate(room.doc));
    const everyone = known ?? (await this.workshops.storage.listEveryone(workshop.id));
    const whole = activeRooms(workshop).every((r) => rooms.some((x) => x.id === r.id));
    return {
      workshop: await copy(workshopDocName(workshop.id)),
      boards: await Promise.all(rooms.map(async (r) => ({ roomId: r.id, update: await copy(roomDocName(workshop.id, r.id)) }))),
      roomIds: rooms.map((r) => r.id),
      authors: Object.fromEntries(everyone.map((p) => [p.id, p.name])),
      // the cover of a report on some rooms counts the people of those rooms; of every room, everyone who took part
      participants: everyone.filter((p) => p.role === 'participant' && (whole || rooms.some((r) => r.id === p.roomId))).length,
      createdAt: workshop.createdAt,
      now: Date.now(),
    };
  }

  /** What the backup takes from the records: the workshop, its rooms, its rounds with every dot, and the people they name. */
  private async records(workshop: WorkshopRecord, participants: number, everyone: readonly ParticipantRecord[]): Promise<BackupRecords> {
    const storage = this.workshops.storage;
    const votes: BackupVoteRound[] = [];
    for (const data of await storage.listVoteRounds(workshop.id)) {
      const round = parseVoteRound(JSON.parse(data));
      if (!round) {
        this.log.warn({ workshopId: workshop.id }, 'export: a stored vote round cannot be read; it is left out of the backup');
        continue;
      }
      const { voteId, timers: _timers, ...rest } = round;
      const dots = (await storage.listDots(voteId)).map((d) => ({ participantId: d.participantId, noteId: d.noteId, roomId: d.roomId, count: d.count }));
      // nobody, facilitators included, ever saw who voted for what in an anonymous round: the file does not say it either
      votes.push({ ...rest, dots: (round.anonymous ? anonymousDots(dots) : dots).sort(byDots) });
    }
    // everyone; the worker keeps those the file names (authors, voters, who opened a round)
    const people: BackupPerson[] = everyone.map((p) => ({ id: p.id, name: p.name, role: p.role }));
    return {
      workshop: { title: workshop.title, createdAt: workshop.createdAt, participants, assignment: workshop.assignment, plenaryOpen: workshop.plenaryOpen, template: workshop.templateId },
      rooms: workshop.rooms.map((r) => ({ id: r.id, name: r.name, plenary: r.plenary, color: r.color, position: r.position, archived: r.archived })),
      people,
      votes,
    };
  }
}

import * as Y from 'yjs';
import { nanoid } from 'nanoid';
import { roomDocName, type CreateWorkshopResponse, type VoteRound } from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import type { ParticipantRecord, RoomRecord, WorkshopRecord } from '../storage/Storage.js';
import { newInvite } from '../workshops/newInvite.js';
import { newJoinCode } from '../workshops/newJoinCode.js';
import { SERVER_ORIGIN, type WorkshopService } from '../workshops/WorkshopService.js';
import { personOf, roomEntry, roomInfo } from '../workshops/workshopViews.js';
import type { ReportWorkers } from './ReportWorkers.js';

/**
 * `POST /api/workshops/import`: a backup file made into a new workshop — new id, join code, invites
 * and facilitator; nobody's token carried over (tokens name their workshop). The file is read and
 * every entry checked in a worker thread before anything is written: a file with anything wrong
 * creates nothing. Rooms, notes and people keep their ids, which are the workshop's own; vote rounds get new ones.
 */
export class WorkshopImport {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly workers: ReportWorkers,
    private readonly maxBoardBytes: number,
  ) {}

  async import(text: string, facilitatorName: string): Promise<CreateWorkshopResponse> {
    const reading = await this.workers.readImport({ kind: 'import', text, maxBoardBytes: this.maxBoardBytes });
    if (!reading.ok) throw new AppError('invalid_backup', `This file cannot be imported. ${reading.problem}`);
    const { backup, boards } = reading;
    const { storage, tokens, rooms } = this.workshops;
    const now = Date.now();
    const known = new Set(backup.people.map((p) => p.id));
    let facilitatorId = nanoid(12);
    while (known.has(facilitatorId)) facilitatorId = nanoid(12);
    const roomRecords: RoomRecord[] = backup.rooms.map((r) => ({ ...r, archived: false }));
    const plenary = roomRecords.find((r) => r.plenary)!;
    const workshop: WorkshopRecord = {
      id: nanoid(12),
      title: backup.workshop.title,
      joinCode: await newJoinCode(storage),
      // the workshop's own date, which its report shows
      createdAt: backup.workshop.createdAt,
      assignment: backup.workshop.assignment,
      plenaryOpen: backup.workshop.plenaryOpen,
      invites: { facilitator: newInvite(), observer: newInvite() },
      creatorId: facilitatorId,
      templateId: backup.workshop.template,
      rooms: roomRecords,
    };
    const facilitator: ParticipantRecord = { workshopId: workshop.id, id: facilitatorId, name: facilitatorName, role: 'facilitator', roomId: plenary.id, createdAt: now, revoked: false };
    // the people the file names, so their notes and votes keep their names; none of them can sign in
    const named: ParticipantRecord[] = backup.people.map((p) => ({ workshopId: workshop.id, id: p.id, name: p.name, role: p.role, roomId: plenary.id, createdAt: backup.exportedAt, revoked: true }));
    const votes = backup.votes.map(({ dots, ...round }) => {
      const view: VoteRound = { ...round, voteId: nanoid(12) };
      return { voteId: view.voteId, number: view.number, data: JSON.stringify(view), dots };
    });
    await storage.importWorkshop({ workshop, people: [...named, facilitator], rounds: votes });
    for (const board of boards) {
      await rooms.withDoc(roomDocName(workshop.id, board.roomId), (room) => Y.applyUpdate(room.doc, board.update, SERVER_ORIGIN));
    }
    // loading the workshop document publishes the rounds' public views (VoteService, at its first load)
    await this.workshops.mirror(workshop.id, {
      rooms: roomRecords.map(roomEntry),
      people: [personOf(facilitator)],
      settings: {
        title: workshop.title,
        assignment: workshop.assignment,
        plenaryOpen: workshop.plenaryOpen,
        broadcast: null,
        anonymous: backup.workshop.anonymous,
        observersExport: backup.workshop.observersExport,
      },
    });
    return {
      workshopId: workshop.id,
      title: workshop.title,
      joinCode: workshop.joinCode,
      facilitatorId,
      facilitatorToken: await tokens.sign(facilitator),
      rooms: roomRecords.map(roomInfo),
      invites: workshop.invites,
    };
  }
}

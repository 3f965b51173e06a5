import * as Y from 'yjs';
import { nanoid } from 'nanoid';
import {
  NAME_MAX,
  ROOM_NAME_MAX,
  roomDocName,
  tally,
  TITLE_MAX,
  votedByRoom,
  workshopDocName,
  writeWorkshop,
  type BackupVoteRound,
  type CreateWorkshopResponse,
  type VoteRound,
} from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import { cleanText } from '../http/cleanText.js';
import type { ImportedWorkshop, ParticipantRecord, RoomRecord, WorkshopRecord } from '../storage/Storage.js';
import { newInvite } from '../workshops/newInvite.js';
import { newJoinCode } from '../workshops/newJoinCode.js';
import { SERVER_ORIGIN, type WorkshopService } from '../workshops/WorkshopService.js';
import { activeRooms, personOf, roomEntry, roomInfo } from '../workshops/workshopViews.js';
import type { ReportWorkers } from './ReportWorkers.js';

/**
 * A round of the file as the new workshop keeps it: under a new id, its counts those of its dots (a
 * file's word for them is not taken: its dots are what a close counts); a round open at the export
 * closed as it stood (the people who could still vote are not in the file, so no turnout).
 */
function importedRound({ dots, ...round }: BackupVoteRound, exportedAt: number): { view: VoteRound; dots: BackupVoteRound['dots'] } {
  const view: VoteRound = { ...round, voteId: nanoid(12), results: tally(dots), votedByRoom: votedByRoom(dots) };
  if (round.status === 'open') Object.assign(view, { status: 'closed', closedAt: exportedAt, turnout: null, byRoom: null });
  return { view, dots };
}

/** A name of the file through the API's one cleaning (controls, zero-width and bidi characters out), or a refusal naming it. */
function cleaned(value: string, max: number, where: string): string {
  const text = cleanText(value, max);
  if (!text) throw new AppError('invalid_backup', `This file cannot be imported. ${where}: nothing is left of it once invisible characters are taken out.`);
  return text;
}

/**
 * `POST /api/workshops/import`: a backup file made into a new workshop — new id, join code, invites
 * and facilitator; nobody's token carried over (tokens name their workshop). The file is read and
 * every entry checked in a worker thread, which also builds each board; then everything — records,
 * people, vote rounds, every document's first update — is written in one SQLite transaction: a file
 * with anything wrong, or a failure on the way, creates nothing, and no board is applied on the event
 * loop (each loads when first opened). Rooms, notes and people keep their ids, which are the
 * workshop's own; vote rounds get new ones.
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
    const { storage, tokens } = this.workshops;
    const now = Date.now();
    const taken = new Set(backup.people.map((p) => p.id));
    const freshId = (): string => {
      let id = nanoid(12);
      while (taken.has(id)) id = nanoid(12);
      taken.add(id);
      return id;
    };
    const rooms: RoomRecord[] = backup.rooms.map((r, i) => ({ ...r, name: cleaned(r.name, ROOM_NAME_MAX, `rooms[${i}].name`) }));
    const plenary = rooms.find((r) => r.plenary)!;
    const facilitatorId = freshId();
    const workshop: WorkshopRecord = {
      id: nanoid(12),
      title: cleaned(backup.workshop.title, TITLE_MAX, 'workshop.title'),
      joinCode: await newJoinCode(storage),
      // the workshop's own date, which its report shows
      createdAt: backup.workshop.createdAt,
      assignment: backup.workshop.assignment,
      plenaryOpen: backup.workshop.plenaryOpen,
      invites: { facilitator: newInvite(), observer: newInvite() },
      creatorId: facilitatorId,
      templateId: backup.workshop.template,
      rooms,
    };
    const person = (id: string, name: string, role: ParticipantRecord['role'], revoked: boolean, createdAt: number): ParticipantRecord => ({
      workshopId: workshop.id,
      id,
      name,
      role,
      roomId: plenary.id,
      createdAt,
      revoked,
    });
    const facilitator = person(facilitatorId, facilitatorName, 'facilitator', false, now);
    // The people the file names, so their notes and votes keep their names — none of them can sign in —
    // and, nameless, the participants it only counts, so the report says how many took part.
    const named = backup.people.map((p) => person(p.id, cleanText(p.name, NAME_MAX) || '?', p.role, true, backup.exportedAt));
    const counted = Math.max(0, backup.workshop.participants - named.filter((p) => p.role === 'participant').length);
    const unnamed = Array.from({ length: counted }, () => person(freshId(), '', 'participant', true, backup.exportedAt));
    const rounds = backup.votes.map((v) => importedRound(v, backup.exportedAt));

    // the workshop document every screen follows, as `create` would mirror it, with the rounds' public views
    const doc = new Y.Doc();
    writeWorkshop(
      doc,
      {
        rooms: activeRooms(workshop).map(roomEntry),
        people: [personOf(facilitator)],
        settings: {
          title: workshop.title,
          assignment: workshop.assignment,
          plenaryOpen: workshop.plenaryOpen,
          broadcast: null,
          anonymous: backup.workshop.anonymous,
          observersExport: backup.workshop.observersExport,
        },
        votes: rounds.map((r) => r.view),
      },
      SERVER_ORIGIN,
    );
    const imported: ImportedWorkshop = {
      workshop,
      people: [...named, ...unnamed, facilitator],
      rounds: rounds.map(({ view, dots }) => ({ voteId: view.voteId, number: view.number, data: JSON.stringify(view), dots })),
      documents: [
        { name: workshopDocName(workshop.id), update: Y.encodeStateAsUpdate(doc) },
        ...boards.map((b) => ({ name: roomDocName(workshop.id, b.roomId), update: b.update })),
      ],
    };
    await storage.importWorkshop(imported);
    return {
      workshopId: workshop.id,
      title: workshop.title,
      joinCode: workshop.joinCode,
      facilitatorId,
      facilitatorToken: await tokens.sign(facilitator),
      rooms: activeRooms(workshop).map(roomInfo),
      invites: workshop.invites,
    };
  }
}

import { nanoid } from 'nanoid';
import {
  applySolutionsParBesoin,
  applyTemplate,
  CLOSE_CODES,
  mayOpenRoom,
  parseDocName,
  PLENARY_COLOR,
  roomColor,
  roomDocName,
  solutionsParBesoin,
  workshopDocName,
  writeWorkshop,
  type AssignmentMode,
  type BoardTemplate,
  type CreateWorkshopResponse,
  type JoinPreview,
  type JoinResponse,
  type Role,
  type TemplateEntries,
} from '@essaim/shared';
import type { TokenService } from '../auth/TokenService.js';
import { AppError } from '../http/AppError.js';
import { KeyedQueue } from './KeyedQueue.js';
import { newInvite } from './newInvite.js';
import { newJoinCode } from './newJoinCode.js';
import type { ParticipantRecord, RoomRecord, Storage, WorkshopRecord } from '../storage/Storage.js';
import type { Connection } from '../sync/Connection.js';
import type { RoomManager } from '../sync/RoomManager.js';
import { balancedRoom } from './balancedRoom.js';
import { activeRooms, personOf, roomEntry, roomInfo, sessionResponse } from './workshopViews.js';

/** Marks changes the server itself makes to a document. */
export const SERVER_ORIGIN = Symbol('essaim-server');

/** A workshop someone may join, and the role its code or invite gives. */
export interface JoinEntry {
  workshop: WorkshopRecord;
  role: Role;
}

export interface CreateInput {
  title: string;
  name: string;
  breakoutNames: string[];
  assignment: AssignmentMode;
  /** every board of the workshop, the plenary included, starts with it, and so do rooms added later */
  template?: BoardTemplate | undefined;
}

/**
 * Workshops, people and their rooms: each operation updates the records, mirrors them into
 * the workshop document every screen follows, and closes the sockets whose rights it ended.
 */
export class WorkshopService {
  private readonly removals = new KeyedQueue();

  constructor(
    readonly storage: Storage,
    readonly tokens: TokenService,
    readonly rooms: RoomManager,
  ) {}

  async create(input: CreateInput): Promise<CreateWorkshopResponse> {
    const now = Date.now();
    const rooms: RoomRecord[] = [
      { id: nanoid(8), name: 'Plénière', plenary: true, color: PLENARY_COLOR, position: 0, archived: false },
      ...input.breakoutNames.map((name, i) => ({ id: nanoid(8), name, plenary: false, color: roomColor(i), position: i + 1, archived: false })),
    ];
    const creatorId = nanoid(12);
    const workshop: WorkshopRecord = {
      id: nanoid(12),
      title: input.title,
      joinCode: await newJoinCode(this.storage),
      createdAt: now,
      assignment: input.assignment,
      // With no breakout room the plenary is where everybody works.
      plenaryOpen: input.breakoutNames.length === 0,
      invites: { facilitator: newInvite(), observer: newInvite() },
      creatorId,
      // recorded so that rooms added later start with it too
      templateId: input.template?.id ?? null,
      rooms,
    };
    await this.storage.createWorkshop(workshop);
    const facilitator = await this.addPerson(workshop, input.name, 'facilitator', rooms[0]!.id, creatorId);
    const template = input.template;
    // before anyone has the workshop's code: its boards are new, and empty
    if (template) for (const room of rooms) await this.applyTemplate(workshop.id, room.id, template, creatorId);
    await this.mirror(workshop.id, {
      rooms: rooms.map(roomEntry),
      settings: { title: workshop.title, assignment: workshop.assignment, plenaryOpen: workshop.plenaryOpen, broadcast: null },
    });
    return {
      workshopId: workshop.id,
      title: workshop.title,
      joinCode: workshop.joinCode,
      facilitatorId: facilitator.id,
      facilitatorToken: await this.tokens.sign(facilitator),
      rooms: rooms.map(roomInfo),
      invites: workshop.invites,
    };
  }

  /** What a join code (participant) or an invite secret (co-facilitator, observer) opens, or 404 `unknown_code`. */
  async entry(input: { code: string } | { invite: string }): Promise<JoinEntry> {
    if ('code' in input) return { workshop: await this.byCode(input.code), role: 'participant' };
    const found = input.invite ? await this.storage.findWorkshopByInvite(input.invite) : null;
    if (!found) throw new AppError('unknown_code', 'This invitation link is no longer valid. Ask your facilitator for a new one.');
    return found;
  }

  preview({ workshop }: JoinEntry): JoinPreview {
    const choosable = workshop.assignment === 'choice' ? activeRooms(workshop).filter((r) => !r.plenary) : [];
    return { title: workshop.title, assignment: workshop.assignment, rooms: choosable.map(roomInfo) };
  }

  /** A participant in the room they chose (in `choice` mode) or the emptiest, a co-facilitator or an observer in the plenary. */
  async join({ workshop, role }: JoinEntry, input: { name: string; roomId?: string | undefined }): Promise<JoinResponse> {
    const rooms = activeRooms(workshop);
    const plenary = rooms.find((r) => r.plenary)!;
    const chosen = workshop.assignment === 'choice' ? rooms.find((r) => r.id === input.roomId && !r.plenary) : undefined;
    const roomId =
      role !== 'participant' ? plenary.id : (chosen ?? balancedRoom(rooms, await this.storage.listParticipants(workshop.id))).id;
    const person = await this.addPerson(workshop, input.name, role, roomId);
    const session = sessionResponse(workshop, person);
    return { ...session, token: await this.tokens.sign(person) };
  }

  async rename(identity: { workshopId: string; participantId: string }, name: string) {
    const { workshop, person } = await this.person(identity.workshopId, identity.participantId);
    const renamed = { ...person, name };
    await this.storage.updateParticipant(workshop.id, person.id, { name });
    for (const { conn } of this.connectionsOf(workshop.id, person.id)) conn.name = name;
    await this.mirror(workshop.id, { people: [personOf(renamed)] });
    return sessionResponse(workshop, renamed);
  }

  async move(workshopId: string, participantId: string, roomId: string) {
    const { workshop, person } = await this.person(workshopId, participantId);
    if (person.role !== 'participant') throw new AppError('invalid_request', 'Only participants have a room; facilitators and observers go everywhere.');
    const room = activeRooms(workshop).find((r) => r.id === roomId);
    if (!room) throw new AppError('not_found', 'No such room in this workshop.');
    const moved = { ...person, roomId };
    await this.storage.updateParticipant(workshopId, participantId, { roomId });
    await this.mirror(workshopId, { people: [personOf(moved)] });
    await this.closeLostRooms(workshopId);
    return personOf(moved);
  }

  /** Removes a person at the request of facilitator `byId`; the creator leaves only by themselves, and the last facilitator stays. */
  remove(workshopId: string, participantId: string, byId: string): Promise<void> {
    // one removal at a time per workshop, or the last two facilitators could both leave
    return this.removals.run(workshopId, () => this.removeNow(workshopId, participantId, byId));
  }

  private async removeNow(workshopId: string, participantId: string, byId: string): Promise<void> {
    const { workshop, person } = await this.person(workshopId, participantId);
    if (person.id === workshop.creatorId && byId !== person.id) {
      throw new AppError('creator_protected', 'The creator of the workshop can only be removed by themselves.');
    }
    const facilitators = (await this.storage.listParticipants(workshopId)).filter((p) => p.role === 'facilitator');
    if (person.role === 'facilitator' && facilitators.every((p) => p.id === person.id)) {
      throw new AppError('last_facilitator', 'A workshop always keeps a facilitator: invite another one before this one leaves.');
    }
    await this.storage.updateParticipant(workshopId, participantId, { revoked: true });
    await this.mirror(workshopId, { removedPeople: [participantId] });
    for (const { conn } of this.connectionsOf(workshopId, participantId)) conn.close(CLOSE_CODES.Unauthorized, 'removed from the workshop');
    this.rooms.people.revoke(participantId);
  }

  /** Looks up a workshop by its join code, or answers 404. */
  async byCode(code: string): Promise<WorkshopRecord> {
    const workshop = code ? await this.storage.findWorkshopByJoinCode(code) : null;
    if (!workshop) throw new AppError('unknown_code', `No workshop has the code "${code.slice(0, 12)}". Check it with your facilitator.`);
    return workshop;
  }

  async workshop(workshopId: string): Promise<WorkshopRecord> {
    const workshop = await this.storage.getWorkshop(workshopId);
    if (!workshop) throw new AppError('not_found', 'This workshop no longer exists.');
    return workshop;
  }

  async person(workshopId: string, participantId: string): Promise<{ workshop: WorkshopRecord; person: ParticipantRecord }> {
    const workshop = await this.workshop(workshopId);
    const person = await this.storage.getParticipant(workshopId, participantId);
    if (!person || person.revoked) throw new AppError('not_found', 'No such person in this workshop.');
    return { workshop, person };
  }

  /** Applies a change to the workshop document, which stores and relays it like any update. */
  mirror(workshopId: string, change: Parameters<typeof writeWorkshop>[1]): Promise<void> {
    return this.rooms.withDoc(workshopDocName(workshopId), (room) => writeWorkshop(room.doc, change, SERVER_ORIGIN));
  }

  /**
   * Writes a template on a room's board, as the facilitator `authorId`, if the board is empty:
   * what it wrote, or null (nothing written). `solutions-par-besoin` also goes beside a needs map,
   * one column per priority need (`applySolutionsParBesoin`, whose `needs` it adds). Checked and
   * written in one synchronous change, so nobody's note can land in between.
   */
  applyTemplate(workshopId: string, roomId: string, template: BoardTemplate, authorId: string): Promise<(TemplateEntries & { needs?: string[] }) | null> {
    const ctx = { authorId, now: Date.now(), newId: () => nanoid(12) };
    return this.rooms.withDoc(roomDocName(workshopId, roomId), (room) => {
      if (template.id !== solutionsParBesoin.id) return applyTemplate(room.doc, template, ctx, SERVER_ORIGIN);
      const written = applySolutionsParBesoin(room.doc, ctx, SERVER_ORIGIN);
      return written && { ...written.entries, needs: written.needs };
    });
  }

  /** Closes, with 4410, every board and drafts socket of the workshop that its person's current rights no longer open. */
  async closeLostRooms(workshopId: string): Promise<void> {
    const workshop = await this.workshop(workshopId);
    const people = new Map((await this.storage.listParticipants(workshopId)).map((p) => [p.id, p]));
    for (const { conn, room } of [...this.rooms.allConnections()]) {
      const ref = parseDocName(room.name);
      // a person's drafts of a room follow the room's rights, like its board
      if ((ref?.kind !== 'room' && ref?.kind !== 'drafts') || ref.workshopId !== workshopId) continue;
      const person = people.get(conn.participantId);
      const target = workshop.rooms.find((r) => r.id === ref.roomId);
      if (!person || !target || target.archived || !mayOpenRoom(person, target, workshop.plenaryOpen)) {
        conn.close(CLOSE_CODES.RoomChanged, 'room changed');
      }
    }
  }

  *connectionsOf(workshopId: string, participantId: string): Iterable<{ conn: Connection }> {
    for (const entry of this.rooms.allConnections()) {
      if (entry.conn.identity.workshopId === workshopId && entry.conn.participantId === participantId) yield entry;
    }
  }

  private async addPerson(workshop: WorkshopRecord, name: string, role: Role, roomId: string, id = nanoid(12)): Promise<ParticipantRecord> {
    const person: ParticipantRecord = { workshopId: workshop.id, id, name, role, roomId, createdAt: Date.now(), revoked: false };
    await this.storage.createParticipant(person);
    await this.mirror(workshop.id, { people: [personOf(person)] });
    return person;
  }
}

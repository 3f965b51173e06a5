import { nanoid } from 'nanoid';
import { MAX_BREAKOUT_ROOMS, readWorkshopSettings, ROOMS_EVER_MAX, roomColor, workshopDocName, type AssignmentMode, type BoardTemplate, type Broadcast, type RoomInfo, type WorkshopResponse } from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import { KeyedQueue } from './KeyedQueue.js';
import { newInvite } from './newInvite.js';
import { newJoinCode } from './newJoinCode.js';
import type { RoomRecord } from '../storage/Storage.js';
import { balancedRoom } from './balancedRoom.js';
import type { WorkshopService } from './WorkshopService.js';
import { personOf, roomEntry, roomInfo, workshopResponse } from './workshopViews.js';

export interface SettingsPatch {
  title?: string;
  assignment?: AssignmentMode;
  plenaryOpen?: boolean;
  /** authors hidden from participants and observers: kept in the workshop document only, like the banner */
  anonymous?: boolean;
  /** observers may export: kept in the workshop document only */
  observersExport?: boolean;
}


/** What facilitators change in a running workshop: settings, rooms, codes and links, the banner. */
export class WorkshopAdmin {
  /** one room added at a time per workshop: the count checked is the count written */
  private readonly additions = new KeyedQueue();

  constructor(private readonly service: WorkshopService) {}

  private get storage() {
    return this.service.storage;
  }

  async get(workshopId: string): Promise<WorkshopResponse> {
    const workshop = await this.service.workshop(workshopId);
    // the workshop document is where anonymity is stored (durably): what every screen obeys
    const { anonymous, observersExport } = await this.service.rooms.withDoc(workshopDocName(workshopId), (room) => readWorkshopSettings(room.doc));
    return { ...workshopResponse(workshop), anonymous, observersExport };
  }

  async update(workshopId: string, patch: SettingsPatch): Promise<WorkshopResponse> {
    await this.service.workshop(workshopId);
    const recorded: SettingsPatch = { ...patch };
    delete recorded.anonymous;
    delete recorded.observersExport;
    if (Object.keys(recorded).length > 0) await this.storage.updateWorkshop(workshopId, recorded);
    await this.service.mirror(workshopId, { settings: patch });
    // Closing the plenary sends its participants back to their rooms.
    if (patch.plenaryOpen === false) await this.service.closeLostRooms(workshopId);
    return this.get(workshopId);
  }

  /** A new breakout room, its board started from `template` (written by facilitator `by`) before anyone can see the room. */
  addRoom(workshopId: string, name: string, template: BoardTemplate | null, by: string): Promise<RoomInfo> {
    return this.additions.run(workshopId, () => this.addRoomNow(workshopId, name, template, by));
  }

  private async addRoomNow(workshopId: string, name: string, template: BoardTemplate | null, by: string): Promise<RoomInfo> {
    const workshop = await this.service.workshop(workshopId);
    const breakouts = workshop.rooms.filter((r) => !r.plenary);
    if (breakouts.filter((r) => !r.archived).length >= MAX_BREAKOUT_ROOMS) {
      throw new AppError('invalid_request', `A workshop has at most ${MAX_BREAKOUT_ROOMS} breakout rooms: remove one before adding another.`);
    }
    if (workshop.rooms.length >= ROOMS_EVER_MAX) {
      throw new AppError('invalid_request', `A workshop keeps at most ${ROOMS_EVER_MAX} rooms, removed ones included: create a new workshop.`);
    }
    const position = Math.max(0, ...workshop.rooms.map((r) => r.position)) + 1;
    const room: RoomRecord = { id: nanoid(8), name, plenary: false, color: roomColor(breakouts.length), position, archived: false };
    if (template) await this.service.applyTemplate(workshopId, room.id, template, by);
    await this.storage.addRoom(workshopId, room);
    await this.service.mirror(workshopId, { rooms: [roomEntry(room)] });
    return roomInfo(room);
  }

  async renameRoom(workshopId: string, roomId: string, name: string): Promise<RoomInfo> {
    const room = await this.activeRoom(workshopId, roomId);
    const renamed = { ...room, name };
    await this.storage.updateRoom(workshopId, roomId, { name });
    await this.service.mirror(workshopId, { rooms: [roomEntry(renamed)] });
    return roomInfo(renamed);
  }

  /** Takes a breakout room out of the workshop (its board stays stored) and spreads its people. */
  async removeRoom(workshopId: string, roomId: string): Promise<void> {
    const room = await this.activeRoom(workshopId, roomId);
    if (room.plenary) throw new AppError('invalid_request', 'The plenary cannot be removed.');
    await this.storage.updateRoom(workshopId, roomId, { archived: true });
    const workshop = await this.service.workshop(workshopId);
    const everyone = await this.storage.listParticipants(workshopId);
    const moved = [];
    for (const person of everyone.filter((p) => p.role === 'participant' && p.roomId === roomId)) {
      const target = balancedRoom(workshop.rooms, everyone, roomId);
      person.roomId = target.id;
      await this.storage.updateParticipant(workshopId, person.id, { roomId: target.id });
      moved.push(personOf(person));
    }
    await this.service.mirror(workshopId, { removedRooms: [roomId], people: moved });
    await this.service.closeLostRooms(workshopId);
  }

  async rotateJoinCode(workshopId: string): Promise<{ joinCode: string }> {
    await this.service.workshop(workshopId);
    const joinCode = await newJoinCode(this.storage);
    await this.storage.updateWorkshop(workshopId, { joinCode });
    return { joinCode };
  }

  async rotateInvite(workshopId: string, role: 'facilitator' | 'observer'): Promise<WorkshopResponse> {
    const workshop = await this.service.workshop(workshopId);
    await this.storage.updateWorkshop(workshopId, { invites: { ...workshop.invites, [role]: newInvite() } });
    return this.get(workshopId);
  }

  /** Shows `text` as a banner on every screen of the workshop; empty text takes it down. */
  async broadcast(workshopId: string, text: string): Promise<{ broadcast: Broadcast | null }> {
    await this.service.workshop(workshopId);
    const broadcast = text ? { id: nanoid(8), text, sentAt: Date.now() } : null;
    await this.service.mirror(workshopId, { settings: { broadcast } });
    return { broadcast };
  }

  private async activeRoom(workshopId: string, roomId: string): Promise<RoomRecord> {
    const room = (await this.service.workshop(workshopId)).rooms.find((r) => r.id === roomId && !r.archived);
    if (!room) throw new AppError('not_found', 'No such room in this workshop.');
    return room;
  }
}

import type { Person, RoomEntry, RoomInfo, SessionResponse, WorkshopResponse } from '@essaim/shared';
import type { ParticipantRecord, RoomRecord, WorkshopRecord } from '../storage/Storage.js';

/** The rooms people can see: not archived, plenary first. */
export function activeRooms(w: WorkshopRecord): RoomRecord[] {
  return w.rooms.filter((r) => !r.archived);
}

export function roomInfo(r: RoomRecord): RoomInfo {
  return { id: r.id, name: r.name, plenary: r.plenary, color: r.color };
}

export function roomEntry(r: RoomRecord): RoomEntry {
  return { ...roomInfo(r), position: r.position };
}

export function personOf(p: ParticipantRecord): Person {
  return { id: p.id, name: p.name, role: p.role, roomId: p.roomId };
}

/** The records' part of the answer; `anonymous` lives in the workshop document (`WorkshopAdmin.get`). */
export function workshopResponse(w: WorkshopRecord): Omit<WorkshopResponse, 'anonymous' | 'observersExport'> {
  return {
    workshopId: w.id,
    title: w.title,
    joinCode: w.joinCode,
    rooms: activeRooms(w).map(roomInfo),
    assignment: w.assignment,
    plenaryOpen: w.plenaryOpen,
    invites: w.invites,
    template: w.templateId,
  };
}

export function sessionResponse(w: WorkshopRecord, p: ParticipantRecord): SessionResponse {
  return {
    workshopId: w.id,
    title: w.title,
    joinCode: w.joinCode,
    participantId: p.id,
    name: p.name,
    role: p.role,
    roomId: p.roomId,
    rooms: activeRooms(w).map(roomInfo),
  };
}

import type {
  AppliedTemplate,
  AssignmentMode,
  Broadcast,
  Invites,
  Person,
  RoomInfo,
  RunnerResponse,
  RunRequest,
  SaveTemplateRequest,
  TemplateInfo,
  TimerRequest,
  TimersResponse,
  WorkshopResponse,
} from '@essaim/shared';
import { requestJson } from './requestJson';

export interface WorkshopPatch {
  title?: string;
  assignment?: AssignmentMode;
  plenaryOpen?: boolean;
  /** authors hidden from participants and observers */
  anonymous?: boolean;
  /** observers may export the workshop like facilitators */
  observersExport?: boolean;
}

export interface PlenaryCopyResult {
  copied: number;
  noteIds: string[];
}

/** The facilitator endpoints of one workshop (docs/API.md, « Facilitator endpoints »). */
export function adminApi(workshopId: string, token: string) {
  const base = `/api/workshops/${encodeURIComponent(workshopId)}`;
  const id = encodeURIComponent;
  return {
    get: () => requestJson<WorkshopResponse>(base, { token }),
    patch: (patch: WorkshopPatch) => requestJson<WorkshopResponse>(base, { method: 'PATCH', body: patch, token }),
    addRoom: (name: string) => requestJson<RoomInfo>(`${base}/rooms`, { method: 'POST', body: { name }, token }),
    renameRoom: (roomId: string, name: string) => requestJson<RoomInfo>(`${base}/rooms/${id(roomId)}`, { method: 'PATCH', body: { name }, token }),
    removeRoom: (roomId: string) => requestJson<void>(`${base}/rooms/${id(roomId)}`, { method: 'DELETE', token }),
    moveParticipant: (participantId: string, roomId: string) =>
      requestJson<Person>(`${base}/participants/${id(participantId)}/room`, { method: 'PUT', body: { roomId }, token }),
    newJoinCode: () => requestJson<{ joinCode: string }>(`${base}/join-code`, { method: 'POST', token }),
    newInvite: (role: keyof Invites) => requestJson<{ invites: Invites }>(`${base}/invites`, { method: 'POST', body: { role }, token }),
    broadcast: (text: string) => requestJson<{ broadcast: Broadcast | null }>(`${base}/broadcast`, { method: 'POST', body: { text }, token }),
    copyToPlenary: (roomId: string, noteIds?: readonly string[]) =>
      requestJson<PlenaryCopyResult>(`${base}/plenary/copy`, { method: 'POST', body: noteIds ? { roomId, noteIds } : { roomId }, token }),
    applyTemplate: (roomId: string, template: string) =>
      requestJson<AppliedTemplate>(`${base}/rooms/${id(roomId)}/template`, { method: 'POST', body: { template }, token }),
    saveTemplate: (roomId: string, body: SaveTemplateRequest) =>
      requestJson<TemplateInfo>(`${base}/rooms/${id(roomId)}/save-template`, { method: 'POST', body, token }),
    /** the templates this workshop saved: those its facilitators may delete */
    savedTemplates: () => requestJson<TemplateInfo[]>(`${base}/templates`, { token }),
    deleteTemplate: (templateId: string) => requestJson<void>(`${base}/templates/${id(templateId)}`, { method: 'DELETE', token }),
    /** starts, pauses, resumes, extends or stops the countdown of some rooms (no `roomIds`: all of them) */
    timer: (body: TimerRequest) => requestJson<TimersResponse>(`${base}/timer`, { method: 'POST', body, token }),
    /** one step of the 3-12-3 runner for some rooms (no `roomIds`: every breakout room) */
    runner: (body: RunRequest) => requestJson<RunnerResponse>(`${base}/runner`, { method: 'POST', body, token }),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;

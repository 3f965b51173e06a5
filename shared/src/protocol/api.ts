/** Request and response bodies of the HTTP API (docs/API.md). */

export type Role = 'facilitator' | 'participant' | 'observer';

export interface RoomInfo {
  id: string;
  name: string;
  plenary: boolean;
}

export interface CreateWorkshopRequest {
  title: string;
}

export interface CreateWorkshopResponse {
  workshopId: string;
  title: string;
  joinCode: string;
  facilitatorId: string;
  facilitatorToken: string;
  rooms: RoomInfo[];
}

export interface JoinRequest {
  code: string;
  name: string;
}

export interface JoinResponse {
  workshopId: string;
  title: string;
  roomId: string;
  participantId: string;
  name: string;
  token: string;
  rooms: RoomInfo[];
}

/** `GET /api/session`: who a token belongs to, so a facilitator link or a stored session can resume. */
export interface SessionResponse {
  workshopId: string;
  title: string;
  joinCode: string;
  participantId: string;
  name: string;
  role: Role;
  roomId: string;
  rooms: RoomInfo[];
}

export const TITLE_MAX = 120;
export const NAME_MAX = 40;
export const JOIN_CODE_LENGTH = 6;
/** Join-code alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Upper-cases and strips spaces and dashes, so « abc-d23 » typed on a phone still matches. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Request and response bodies of the HTTP API (docs/API.md). */

export type Role = 'facilitator' | 'participant' | 'observer';

export interface RoomInfo {
  id: string;
  name: string;
  plenary: boolean;
  /** tag colour of the room (`#rrggbb`), used on notes copied into the plenary */
  color: string;
}

/** How participants get a breakout room when they join. */
export type AssignmentMode = 'balanced' | 'choice';

export interface CreateWorkshopRequest {
  title: string;
  /** facilitator's displayed name */
  name?: string;
  /** number of breakout rooms besides the plenary, 0–24 (default 0: everyone in the plenary) */
  rooms?: number;
  /** names of the breakout rooms, in order (missing ones are « Salle N ») */
  roomNames?: string[];
  assignment?: AssignmentMode;
  /** id of a template (`GET /api/templates`) every board of the workshop starts from; absent: blank */
  template?: string;
}

/** Secret parts of the co-facilitator and observer links (`/inviter/<secret>`). */
export interface Invites {
  facilitator: string;
  observer: string;
}

export interface CreateWorkshopResponse {
  workshopId: string;
  title: string;
  joinCode: string;
  facilitatorId: string;
  facilitatorToken: string;
  rooms: RoomInfo[];
  invites: Invites;
}

/** `GET /api/workshops/:id` (facilitators): the workshop's settings and secrets. */
export interface WorkshopResponse {
  workshopId: string;
  title: string;
  joinCode: string;
  rooms: RoomInfo[];
  assignment: AssignmentMode;
  plenaryOpen: boolean;
  invites: Invites;
  /** id of the template the workshop was created with, which rooms added later start with (null: blank) */
  template: string | null;
  /** authors are hidden from participants and observers (the workshop document's `settings.anonymous`) */
  anonymous: boolean;
  /** observers may export the report (PDF, PNG, CSV; never the backup) — the workshop document's `settings.observersExport` */
  observersExport: boolean;
}

/** `POST /api/workshops/:id/rooms` (facilitators): answers `201` the new room (`RoomInfo`). */
export interface AddRoomRequest {
  name: string;
  /** the template its board starts with: absent, the workshop's own (`WorkshopResponse.template`); null, blank */
  template?: string | null;
}

/** `GET /api/join/:code`: what a person about to join may know, to choose a room. */
export interface JoinPreview {
  title: string;
  assignment: AssignmentMode;
  /** breakout rooms a participant may choose (empty unless `assignment` is `choice`) */
  rooms: RoomInfo[];
}

/** Join by code (participant) or by invite secret (co-facilitator, observer). */
export interface JoinRequest {
  code?: string;
  invite?: string;
  name: string;
  /** chosen breakout room, when the workshop lets participants choose */
  roomId?: string;
}

export interface JoinResponse {
  workshopId: string;
  title: string;
  roomId: string;
  participantId: string;
  name: string;
  role: Role;
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

/** `GET /api/config`: the server settings the web client uses. */
export interface ClientConfig {
  /** the address people open (`PUBLIC_URL`, an origin such as `https://essaim.example.org`), or null: use the page's own */
  publicUrl: string | null;
}

/** `GET /api/templates`: one template, its name and description in the user's language. */
export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
  /** saved from a board on this installation (false: built in) */
  saved: boolean;
}

/** `POST /api/workshops/:id/rooms/:roomId/template`: what the template wrote on the room's board. */
export interface AppliedTemplate {
  template: string;
  frames: number;
  labels: number;
  notes: number;
  links: number;
  /** `solutions-par-besoin` only: the priority needs its columns are titled with (empty: columns to rename) */
  needs?: string[];
}

/** `POST /api/workshops/:id/rooms/:roomId/save-template` */
export interface SaveTemplateRequest {
  name: string;
  description?: string;
}

export const TEMPLATE_NAME_MAX = 60;
export const TEMPLATE_DESCRIPTION_MAX = 200;
/** templates one installation may save */
export const SAVED_TEMPLATES_MAX = 200;

export const TITLE_MAX = 120;
export const ROOM_NAME_MAX = 60;
export const MAX_BREAKOUT_ROOMS = 24;
/**
 * Rooms a workshop may ever have, removed ones included (their boards are kept): each added room
 * may start with a template of up to 256 KiB, so adding and removing rooms must not fill the disk.
 */
export const ROOMS_EVER_MAX = 4 * MAX_BREAKOUT_ROOMS;
export const BROADCAST_MAX = 280;
export const NAME_MAX = 40;
export const JOIN_CODE_LENGTH = 6;
/** Join-code alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Upper-cases and strips spaces and dashes, so « abc-d23 » typed on a phone still matches. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

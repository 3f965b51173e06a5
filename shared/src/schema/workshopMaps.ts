import * as Y from 'yjs';
import type { AssignmentMode, Role, RoomInfo } from '../protocol/api.js';
import { parseTimer, type Timer } from './Timer.js';

/**
 * The workshop document (`w/<workshopId>`): what every screen of the workshop follows live.
 * Only the server writes it (facilitators act through the HTTP API); clients read it.
 */
export const WORKSHOP_MAP_NAMES = {
  rooms: 'rooms',
  people: 'people',
  settings: 'settings',
  /** each room's countdown under its room id (`Timer`) */
  timers: 'timers',
} as const;

export interface RoomEntry extends RoomInfo {
  /** order on the dashboard */
  position: number;
}

export interface Person {
  id: string;
  name: string;
  role: Role;
  /** room the person works in (participants); facilitators and observers go anywhere */
  roomId: string;
}

export interface Broadcast {
  id: string;
  text: string;
  sentAt: number;
}

export interface WorkshopSettings {
  title: string;
  assignment: AssignmentMode;
  /** participants may open the plenary board */
  plenaryOpen: boolean;
  /** the message shown as a banner to everyone, or null */
  broadcast: Broadcast | null;
}

export interface WorkshopMaps {
  rooms: Y.Map<RoomEntry>;
  people: Y.Map<Person>;
  settings: Y.Map<unknown>;
  timers: Y.Map<unknown>;
}

export function workshopMaps(doc: Y.Doc): WorkshopMaps {
  return {
    rooms: doc.getMap<RoomEntry>(WORKSHOP_MAP_NAMES.rooms),
    people: doc.getMap<Person>(WORKSHOP_MAP_NAMES.people),
    settings: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.settings),
    timers: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.timers),
  };
}

const str = (v: unknown): v is string => typeof v === 'string';

export function parseRoomEntry(value: unknown): RoomEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!str(v.id) || !str(v.name) || typeof v.plenary !== 'boolean' || !str(v.color) || typeof v.position !== 'number') return null;
  return { id: v.id, name: v.name, plenary: v.plenary, color: v.color, position: v.position };
}

export function parsePerson(value: unknown): Person | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!str(v.id) || !str(v.name) || !str(v.roomId) || !['facilitator', 'participant', 'observer'].includes(v.role as string)) return null;
  return { id: v.id, name: v.name, role: v.role as Role, roomId: v.roomId };
}

/** Rooms in dashboard order, the plenary first. */
export function readRooms(doc: Y.Doc): RoomEntry[] {
  const rooms: RoomEntry[] = [];
  for (const value of workshopMaps(doc).rooms.values()) {
    const room = parseRoomEntry(value);
    if (room) rooms.push(room);
  }
  return rooms.sort((a, b) => Number(b.plenary) - Number(a.plenary) || a.position - b.position);
}

export function readPeople(doc: Y.Doc): Person[] {
  const people: Person[] = [];
  for (const value of workshopMaps(doc).people.values()) {
    const person = parsePerson(value);
    if (person) people.push(person);
  }
  return people.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

export function readWorkshopSettings(doc: Y.Doc): WorkshopSettings {
  const s = workshopMaps(doc).settings;
  const assignment = s.get('assignment');
  const broadcast = s.get('broadcast') as Broadcast | null | undefined;
  return {
    title: str(s.get('title')) ? (s.get('title') as string) : '',
    assignment: assignment === 'choice' ? 'choice' : 'balanced',
    plenaryOpen: s.get('plenaryOpen') === true,
    broadcast: broadcast && str(broadcast.text) && str(broadcast.id) ? broadcast : null,
  };
}

/** The room's timer, or undefined when it has none (never started, or unreadable). */
export function readTimer(doc: Y.Doc, roomId: string): Timer | undefined {
  const timer = parseTimer(workshopMaps(doc).timers.get(roomId));
  return timer && timer.roomId === roomId ? timer : undefined;
}

/** Every room's timer, by room id. */
export function readTimers(doc: Y.Doc): Map<string, Timer> {
  const timers = new Map<string, Timer>();
  for (const roomId of workshopMaps(doc).timers.keys()) {
    const timer = readTimer(doc, roomId);
    if (timer) timers.set(roomId, timer);
  }
  return timers;
}

/** Server operation: writes rooms, people, settings and timers in one transaction. */
export function writeWorkshop(
  doc: Y.Doc,
  change: {
    rooms?: RoomEntry[];
    removedRooms?: string[];
    people?: Person[];
    removedPeople?: string[];
    settings?: Partial<WorkshopSettings>;
    /** each replaces its room's timer, whole */
    timers?: Timer[];
  },
  origin?: unknown,
): void {
  const maps = workshopMaps(doc);
  doc.transact(() => {
    for (const room of change.rooms ?? []) maps.rooms.set(room.id, room);
    for (const id of change.removedRooms ?? []) {
      maps.rooms.delete(id);
      // a room that is gone keeps no countdown (nor a lock at its end)
      maps.timers.delete(id);
    }
    for (const person of change.people ?? []) maps.people.set(person.id, person);
    for (const id of change.removedPeople ?? []) maps.people.delete(id);
    for (const [key, value] of Object.entries(change.settings ?? {})) maps.settings.set(key, value);
    for (const timer of change.timers ?? []) maps.timers.set(timer.roomId, { ...timer });
  }, origin);
}

import * as Y from 'yjs';
import type { AssignmentMode, Role, RoomInfo } from '../protocol/api.js';
import { parseDraftCounts, parsePrivatePhase, type DraftCounts, type PrivatePhase } from './PrivatePhase.js';
import { parseRoomAttention, type RoomAttention } from './RoomAttention.js';
import { parseRoomRun, type RoomRun } from './RoomRun.js';
import { parseTimer, type Timer } from './Timer.js';
import { parseVoteRound, type VoteRound } from './VoteRound.js';

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
  /** each room's private writing phase under its room id (`PrivatePhase`) */
  phases: 'phases',
  /** each room's draft counts under its room id (`DraftCounts`): never any text */
  draftCounts: 'draftCounts',
  /** each room's focus and follow-me (`RoomAttention`) */
  attention: 'attention',
  /** each room's 3-12-3 run (`RoomRun`) */
  runs: 'runs',
  /** every dot-voting round under its id (`VoteRound`): tallies only once they may be seen */
  votes: 'votes',
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
  /** authors are hidden from participants and observers (facilitators always see them; exports follow) */
  anonymous: boolean;
  /** observers may export the workshop's report (PDF, PNG, CSV) — never its backup, which names every author and voter */
  observersExport: boolean;
}

export interface WorkshopMaps {
  rooms: Y.Map<RoomEntry>;
  people: Y.Map<Person>;
  settings: Y.Map<unknown>;
  timers: Y.Map<unknown>;
  phases: Y.Map<unknown>;
  draftCounts: Y.Map<unknown>;
  attention: Y.Map<unknown>;
  runs: Y.Map<unknown>;
  votes: Y.Map<unknown>;
}

export function workshopMaps(doc: Y.Doc): WorkshopMaps {
  return {
    rooms: doc.getMap<RoomEntry>(WORKSHOP_MAP_NAMES.rooms),
    people: doc.getMap<Person>(WORKSHOP_MAP_NAMES.people),
    settings: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.settings),
    timers: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.timers),
    phases: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.phases),
    draftCounts: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.draftCounts),
    attention: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.attention),
    runs: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.runs),
    votes: doc.getMap<unknown>(WORKSHOP_MAP_NAMES.votes),
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
    anonymous: s.get('anonymous') === true,
    observersExport: s.get('observersExport') === true,
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

/** A keyed map of the workshop document read through `parse`, keeping entries stored under their own room id. */
function readByRoom<T extends { roomId: string }>(map: Y.Map<unknown>, parse: (v: unknown) => T | null): Map<string, T> {
  const out = new Map<string, T>();
  for (const [roomId, value] of map.entries()) {
    const entry = parse(value);
    if (entry && entry.roomId === roomId) out.set(roomId, entry);
  }
  return out;
}

/** Every room's private writing phase, by room id. */
export function readPhases(doc: Y.Doc): Map<string, PrivatePhase> {
  return readByRoom(workshopMaps(doc).phases, parsePrivatePhase);
}

/** Every room's draft counts, by room id (rooms without drafts may be absent). */
export function readDraftCounts(doc: Y.Doc): Map<string, DraftCounts> {
  const out = new Map<string, DraftCounts>();
  for (const [roomId, value] of workshopMaps(doc).draftCounts.entries()) out.set(roomId, parseDraftCounts(value));
  return out;
}

/** Every room's focus and follow-me, by room id. */
export function readAttention(doc: Y.Doc): Map<string, RoomAttention> {
  return readByRoom(workshopMaps(doc).attention, parseRoomAttention);
}

/** Every room's 3-12-3 run, by room id. */
export function readRuns(doc: Y.Doc): Map<string, RoomRun> {
  return readByRoom(workshopMaps(doc).runs, parseRoomRun);
}

/** Every vote round, by id, oldest first (`number`). */
export function readVoteRounds(doc: Y.Doc): VoteRound[] {
  const rounds: VoteRound[] = [];
  for (const [voteId, value] of workshopMaps(doc).votes.entries()) {
    const round = parseVoteRound(value);
    if (round && round.voteId === voteId) rounds.push(round);
  }
  return rounds.sort((a, b) => a.number - b.number);
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
    /** each replaces its room's phase, whole */
    phases?: PrivatePhase[];
    /** room id → counts, whole */
    draftCounts?: Record<string, DraftCounts>;
    attention?: RoomAttention[];
    runs?: RoomRun[];
    /** rooms whose run is over */
    removedRuns?: string[];
    /** each replaces its round, whole */
    votes?: VoteRound[];
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
      maps.phases.delete(id);
      maps.draftCounts.delete(id);
      maps.attention.delete(id);
      maps.runs.delete(id);
    }
    for (const person of change.people ?? []) maps.people.set(person.id, person);
    for (const id of change.removedPeople ?? []) maps.people.delete(id);
    for (const [key, value] of Object.entries(change.settings ?? {})) maps.settings.set(key, value);
    for (const timer of change.timers ?? []) maps.timers.set(timer.roomId, { ...timer });
    for (const phase of change.phases ?? []) maps.phases.set(phase.roomId, { ...phase });
    for (const [roomId, counts] of Object.entries(change.draftCounts ?? {})) maps.draftCounts.set(roomId, { ...counts });
    for (const attention of change.attention ?? []) maps.attention.set(attention.roomId, { ...attention });
    for (const run of change.runs ?? []) maps.runs.set(run.roomId, JSON.parse(JSON.stringify(run)) as RoomRun);
    for (const id of change.removedRuns ?? []) maps.runs.delete(id);
    for (const round of change.votes ?? []) maps.votes.set(round.voteId, JSON.parse(JSON.stringify(round)) as VoteRound);
  }, origin);
}

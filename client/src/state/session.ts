import type { JoinResponse, Role, RoomInfo, SessionResponse } from '@essaim/shared';
// with its extension: the benchmarks read this file's types under node16 resolution
import { deviceStorage } from './deviceStorage.js';

/** What the browser remembers of one workshop, so a reload keeps you the same person in the same room. */
export interface StoredSession {
  workshopId: string;
  title: string;
  joinCode?: string;
  participantId: string;
  name: string;
  role: Role;
  roomId: string;
  roomName?: string;
  token: string;
}

/** The part of `Storage` we use; a Map-backed fake stands in for it in tests. */
export type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const SESSION_KEY_PREFIX = 'essaim.session.';

export function sessionKey(workshopId: string): string {
  return SESSION_KEY_PREFIX + workshopId;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** Reads a stored session; anything malformed (hand-edited, older version) counts as no session. */
export function parseStoredSession(raw: string | null, workshopId?: string): StoredSession | null {
  if (!raw) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  if (![s.workshopId, s.participantId, s.roomId, s.token].every(isText)) return null;
  if (typeof s.title !== 'string' || typeof s.name !== 'string') return null;
  if (s.role !== 'facilitator' && s.role !== 'participant' && s.role !== 'observer') return null;
  if (workshopId !== undefined && s.workshopId !== workshopId) return null;
  const session: StoredSession = {
    workshopId: s.workshopId as string,
    title: s.title,
    participantId: s.participantId as string,
    name: s.name,
    role: s.role,
    roomId: s.roomId as string,
    token: s.token as string,
  };
  if (isText(s.joinCode)) session.joinCode = s.joinCode;
  if (isText(s.roomName)) session.roomName = s.roomName;
  return session;
}

export function loadSession(workshopId: string, storage: SessionStorage | null = deviceStorage()): StoredSession | null {
  return parseStoredSession(storage?.getItem(sessionKey(workshopId)) ?? null, workshopId);
}

export function saveSession(session: StoredSession, storage: SessionStorage | null = deviceStorage()): void {
  try {
    storage?.setItem(sessionKey(session.workshopId), JSON.stringify(session));
  } catch {
    // quota or disabled storage: the session still works until the tab closes
  }
}

export function forgetSession(workshopId: string, storage: SessionStorage | null = deviceStorage()): void {
  storage?.removeItem(sessionKey(workshopId));
}

/** Every valid stored session, for the « recent workshops » list. */
export function listSessions(storage: SessionStorage | null = deviceStorage()): StoredSession[] {
  if (!storage) return [];
  const sessions: StoredSession[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(SESSION_KEY_PREFIX)) continue;
    const session = parseStoredSession(storage.getItem(key), key.slice(SESSION_KEY_PREFIX.length));
    if (session) sessions.push(session);
  }
  return sessions.sort((a, b) => a.title.localeCompare(b.title));
}

function roomName(rooms: readonly RoomInfo[], roomId: string): string | undefined {
  return rooms.find((r) => r.id === roomId)?.name;
}

export function sessionFromJoin(res: JoinResponse): StoredSession {
  const session: StoredSession = {
    workshopId: res.workshopId,
    title: res.title,
    participantId: res.participantId,
    name: res.name,
    // an older server's answer has no role: joining by code makes a participant
    role: res.role ?? 'participant',
    roomId: res.roomId,
    token: res.token,
  };
  const name = roomName(res.rooms, res.roomId);
  if (name) session.roomName = name;
  return session;
}

export function sessionFromServer(res: SessionResponse, token: string): StoredSession {
  const session: StoredSession = {
    workshopId: res.workshopId,
    title: res.title,
    participantId: res.participantId,
    name: res.name,
    role: res.role,
    roomId: res.roomId,
    token,
  };
  if (res.role === 'facilitator' && res.joinCode) session.joinCode = res.joinCode;
  const name = roomName(res.rooms, res.roomId);
  if (name) session.roomName = name;
  return session;
}

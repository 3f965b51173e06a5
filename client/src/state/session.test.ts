import { describe, expect, it } from 'vitest';
import { listSessions, loadSession, parseStoredSession, saveSession, sessionFromJoin, sessionFromServer, type SessionStorage } from './session';

function memoryStorage(): SessionStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const valid = {
  workshopId: 'w1',
  title: 'Besoins du territoire',
  joinCode: 'ABC234',
  participantId: 'p1',
  name: 'Camille',
  role: 'facilitator',
  roomId: 'r1',
  token: 'tok',
};

describe('parseStoredSession', () => {
  it('accepts a complete session and keeps the optional join code', () => {
    expect(parseStoredSession(JSON.stringify(valid))).toEqual(valid);
  });

  it('refuses broken JSON, missing fields and unknown roles', () => {
    expect(parseStoredSession('{not json')).toBeNull();
    expect(parseStoredSession(JSON.stringify({ ...valid, token: '' }))).toBeNull();
    expect(parseStoredSession(JSON.stringify({ ...valid, role: 'admin' }))).toBeNull();
    expect(parseStoredSession(JSON.stringify({ ...valid, roomId: 3 }))).toBeNull();
    expect(parseStoredSession('null')).toBeNull();
  });

  it('accepts the three roles a token can carry', () => {
    for (const role of ['facilitator', 'participant', 'observer']) {
      expect(parseStoredSession(JSON.stringify({ ...valid, role }))?.role).toBe(role);
    }
  });

  it('refuses a session stored under another workshop', () => {
    expect(parseStoredSession(JSON.stringify(valid), 'other')).toBeNull();
  });

  it('drops fields it does not know', () => {
    const parsed = parseStoredSession(JSON.stringify({ ...valid, extra: 'x' }));
    expect(parsed).not.toHaveProperty('extra');
  });
});

describe('stored sessions', () => {
  it('round-trips through storage and lists only valid sessions', () => {
    const storage = memoryStorage();
    const session = sessionFromJoin({
      workshopId: 'w2',
      title: 'Mobilité',
      roomId: 'r9',
      participantId: 'p2',
      name: 'Léa',
      role: 'participant',
      token: 't2',
      rooms: [{ id: 'r9', name: 'Plénière', plenary: true, color: '#374151' }],
    });
    saveSession(session, storage);
    storage.setItem('essaim.session.broken', '{');
    storage.setItem('unrelated', JSON.stringify(valid));
    expect(session.roomName).toBe('Plénière');
    expect(loadSession('w2', storage)).toEqual(session);
    expect(listSessions(storage).map((s) => s.workshopId)).toEqual(['w2']);
  });

  it('takes the role from the join answer: an invite link makes a co-facilitator or an observer', () => {
    const base = { workshopId: 'w', title: 't', roomId: 'r', participantId: 'p', name: 'n', token: 'k', rooms: [] };
    expect(sessionFromJoin({ ...base, role: 'observer' }).role).toBe('observer');
    expect(sessionFromJoin({ ...base, role: 'facilitator' }).role).toBe('facilitator');
  });

  it('keeps the join code only for facilitators', () => {
    const base = { workshopId: 'w', title: 't', joinCode: 'XYZ234', participantId: 'p', name: 'n', roomId: 'r', rooms: [] };
    expect(sessionFromServer({ ...base, role: 'facilitator' }, 'k').joinCode).toBe('XYZ234');
    expect(sessionFromServer({ ...base, role: 'participant' }, 'k').joinCode).toBeUndefined();
  });
});

import type { Person, Role } from '@essaim/shared';
import type { PeerUser } from './peers';

export interface RosterEntry {
  id: string;
  name: string;
  role: Role;
  online: boolean;
  me: boolean;
}

/**
 * Who belongs in a room's list: the participants assigned to it (online or not) and anyone
 * connected to its board (facilitators, observers, visitors of the plenary). You first, then
 * the people online, then by name.
 */
export function roomRoster(people: readonly Person[], roomId: string, online: readonly PeerUser[], me: { id: string; name: string; role: Role }): RosterEntry[] {
  const onlineIds = new Set(online.map((u) => u.id));
  const byId = new Map<string, RosterEntry>();
  const known = new Map(people.map((p) => [p.id, p]));
  for (const p of people) {
    if (p.role === 'participant' && p.roomId === roomId) byId.set(p.id, { id: p.id, name: p.name, role: p.role, online: onlineIds.has(p.id), me: false });
  }
  for (const u of online) {
    if (byId.has(u.id)) continue;
    const person = known.get(u.id);
    byId.set(u.id, { id: u.id, name: person?.name ?? u.name, role: person?.role ?? 'participant', online: true, me: false });
  }
  byId.set(me.id, { id: me.id, name: me.name, role: me.role, online: true, me: true });
  return [...byId.values()].sort(
    (a, b) => Number(b.me) - Number(a.me) || Number(b.online) - Number(a.online) || a.name.localeCompare(b.name, 'fr') || a.id.localeCompare(b.id),
  );
}

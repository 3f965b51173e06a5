import { roomDocName, type CreateWorkshopResponse, type JoinResponse } from '@essaim/shared';
import type { ServerKind } from './dialects.js';
import type { Seat } from './LoadClient.js';

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * `rooms` × `perRoom` participants. On Essaim each one joins the workshop with its code, as a
 * phone would, and gets its own token and room (balanced assignment); the other servers have no
 * accounts, so a seat there is only a document name.
 */
export async function takeSeats(kind: ServerKind, httpUrl: string, rooms: number, perRoom: number): Promise<Seat[][]> {
  if (kind !== 'essaim') {
    return Array.from({ length: rooms }, (_, r) =>
      Array.from({ length: perRoom }, (_, i) => ({ docName: `banc/salle-${r + 1}`, token: 'banc', participantId: `p${r}-${i}`, name: `Personne ${i + 1}` })),
    );
  }
  const w = await post<CreateWorkshopResponse>(`${httpUrl}/api/workshops`, { title: 'Banc d’essai', rooms, assignment: 'balanced' });
  const byRoom = new Map<string, Seat[]>();
  for (let i = 0; i < rooms * perRoom; i++) {
    const joined = await post<JoinResponse>(`${httpUrl}/api/join`, { code: w.joinCode, name: `Personne ${i + 1}` });
    const seats = byRoom.get(joined.roomId) ?? [];
    seats.push({ docName: roomDocName(w.workshopId, joined.roomId), token: joined.token, participantId: joined.participantId, name: joined.name });
    byRoom.set(joined.roomId, seats);
  }
  return [...byRoom.values()];
}

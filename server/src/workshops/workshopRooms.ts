import { AppError } from '../http/AppError.js';
import type { RoomRecord } from '../storage/Storage.js';
import type { WorkshopService } from './WorkshopService.js';
import { activeRooms } from './workshopViews.js';

/** A workshop's rooms as the facilitator's tools list them — not archived, the plenary first, then in dashboard order — or 404. */
export async function orderedRooms(service: WorkshopService, workshopId: string): Promise<RoomRecord[]> {
  const rooms = activeRooms(await service.workshop(workshopId));
  return rooms.sort((a, b) => Number(b.plenary) - Number(a.plenary) || a.position - b.position);
}

/**
 * The rooms an action names (`roomIds`, once each), or `fallback` when it names none (every room
 * unless told otherwise); 400 for an id that is not a room of the workshop.
 */
export function targetRooms(rooms: readonly RoomRecord[], roomIds: readonly string[] | undefined, fallback: readonly RoomRecord[] = rooms): string[] {
  if (!roomIds) return fallback.map((r) => r.id);
  const known = new Set(rooms.map((r) => r.id));
  const unknown = roomIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError('invalid_request', `This workshop has no room "${unknown.slice(0, 64)}".`);
  return [...new Set(roomIds)];
}

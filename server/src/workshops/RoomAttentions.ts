import { readAttention, sameJson, workshopDocName, writeWorkshop, type AttentionRequest, type RoomAttention } from '@essaim/shared';
import { AppError } from '../http/AppError.js';
import { SERVER_ORIGIN, type WorkshopService } from './WorkshopService.js';
import { activeRooms } from './workshopViews.js';

/** `request` applied to a room's attention, by facilitator `by` at `now`: fields left out stay as they are. */
export function nextAttention(current: RoomAttention, request: AttentionRequest, by: string, now: number): RoomAttention {
  const next = { ...current };
  if (request.focus !== undefined) next.focus = request.focus === null ? null : { kind: request.focus.kind, id: request.focus.id, by, at: now };
  if (request.follow !== undefined) next.follow = request.follow ? { by, at: now } : null;
  return next;
}

/**
 * What each room is asked to look at (docs/API.md, « Attention »), in the workshop document's
 * `attention` map: read and written in one synchronous change of that document, so two
 * facilitators acting at once each change what the other left.
 */
export class RoomAttentions {
  constructor(private readonly service: WorkshopService) {}

  async set(workshopId: string, roomId: string, request: AttentionRequest, by: string): Promise<RoomAttention> {
    const workshop = await this.service.workshop(workshopId);
    if (!activeRooms(workshop).some((r) => r.id === roomId)) throw new AppError('not_found', 'No such room in this workshop.');
    return this.service.rooms.withDoc(workshopDocName(workshopId), (room) => {
      const current = readAttention(room.doc).get(roomId) ?? { roomId, focus: null, follow: null };
      const next = nextAttention(current, request, by, Date.now());
      // ending what is not on writes nothing
      if (!sameJson(next, current)) writeWorkshop(room.doc, { attention: [next] }, SERVER_ORIGIN);
      return next;
    });
  }
}

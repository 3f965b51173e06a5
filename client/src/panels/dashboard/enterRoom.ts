import type { RoomEntry } from '@essaim/shared';
import { boardPath } from '../../router/matchRoute';
import { navigate } from '../../router/navigate';
import type { WorkshopServices } from '../../state/WorkshopServices';

/** Facilitators and observers: open that room's board (remembered for the next visit). */
export function enterRoom(ws: WorkshopServices, room: RoomEntry): void {
  ws.session.set((s) => (s.roomId === room.id && s.roomName === room.name ? s : { ...s, roomId: room.id, roomName: room.name }));
  navigate(boardPath(ws.workshopId));
}

/** The drag-and-drop payload of a person's chip. */
export const PARTICIPANT_DRAG_TYPE = 'application/x-essaim-participant';

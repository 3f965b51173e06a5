import type { RoomEntry } from '@essaim/shared';
import { useWorkshop } from './WorkshopContext';
import { boardRoomId } from './followWorkshop';
import { useRooms } from './useRooms';
import { useSession } from './useSession';
import { useStore } from './useStore';
import { useWorkshopSettings } from './useWorkshopSettings';

export interface MyRoom {
  /** the board on screen */
  roomId: string;
  /** its entry in the workshop document, once synced */
  room: RoomEntry | undefined;
  /** the name to show, from the document or else from the stored session */
  name: string;
}

/** The room whose board this screen shows (for a participant: theirs, or the plenary they visit). */
export function useMyRoom(): MyRoom {
  const { ui } = useWorkshop();
  const session = useSession();
  const rooms = useRooms();
  const { plenaryOpen } = useWorkshopSettings();
  const { visiting } = useStore(ui);
  const roomId = boardRoomId(session, visiting, rooms, plenaryOpen);
  const room = rooms.find((r) => r.id === roomId);
  return { roomId, room, name: room?.name ?? (roomId === session.roomId ? session.roomName ?? '' : '') };
}

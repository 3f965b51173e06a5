import type { Frame, Label, Note } from '@essaim/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { RoomPreview } from './RoomPreview';
import { useWorkshop } from './WorkshopContext';

const NO_NOTES: readonly Note[] = [];
const NO_FRAMES: readonly Frame[] = [];
const NO_LABELS: readonly Label[] = [];
const NOBODY: readonly string[] = [];
const noop = () => () => undefined;

export interface RoomLive {
  notes: readonly Note[];
  /** zones and headings: a board with them is not empty (a template cannot be applied to it) */
  frames: readonly Frame[];
  labels: readonly Label[];
  /** ids of the people on the board now */
  online: readonly string[];
  ready: boolean;
}

/** Opens a watch-only connection to one room's board for as long as its dashboard card is shown. */
export function useRoomPreview(roomId: string): RoomLive {
  const ws = useWorkshop();
  const { token } = ws.session.get();
  const [preview, setPreview] = useState<RoomPreview | null>(null);
  useEffect(() => {
    const created = new RoomPreview({ workshopId: ws.workshopId, roomId, token });
    setPreview(created);
    return () => {
      setPreview(null);
      created.destroy();
    };
  }, [ws.workshopId, roomId, token]);
  const notes = useSyncExternalStore(preview?.notes.subscribe ?? noop, preview?.notes.getSnapshot ?? (() => NO_NOTES));
  const online = useSyncExternalStore(preview?.subscribeOnline ?? noop, preview?.getOnline ?? (() => NOBODY));
  const frames = useSyncExternalStore(preview?.frames.subscribe ?? noop, preview?.frames.getSnapshot ?? (() => NO_FRAMES));
  const labels = useSyncExternalStore(preview?.labels.subscribe ?? noop, preview?.labels.getSnapshot ?? (() => NO_LABELS));
  return { notes, frames, labels, online, ready: preview !== null };
}

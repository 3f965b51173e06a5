import type { Frame, Note } from '@essaim/shared';
import { useEffect, useState } from 'react';
import type { BoardServices } from './BoardServices';
import { RoomPreview } from './RoomPreview';
import { useWorkshop } from './WorkshopContext';

/** What the results panel reads of one room's board: its notes' texts and its zones (where « Garder » may go). */
export interface RoundBoard {
  notes: ReadonlyMap<string, Note>;
  frames: readonly Frame[];
}

const EMPTY: ReadonlyMap<string, RoundBoard> = new Map();

/**
 * The boards of a round's rooms, live: the open board's own stores for its room, a watch-only
 * connection (`RoomPreview`, as the dashboard's cards) for each other room this person may open.
 */
export function useRoundBoards(roomIds: readonly string[], board: BoardServices | null, mayOpen: (roomId: string) => boolean): ReadonlyMap<string, RoundBoard> {
  const ws = useWorkshop();
  const { token } = ws.session.get();
  const [boards, setBoards] = useState(EMPTY);
  const wanted = roomIds.filter((id) => id === board?.session.roomId || mayOpen(id)).join(' ');
  useEffect(() => {
    const ids = wanted === '' ? [] : wanted.split(' ');
    const sources = ids.map((roomId) => {
      if (board && board.session.roomId === roomId) return { roomId, notes: board.notes, frames: board.frames, preview: null };
      const preview = new RoomPreview({ workshopId: ws.workshopId, roomId, token });
      return { roomId, notes: preview.notes, frames: preview.frames, preview };
    });
    const read = () => setBoards(new Map(sources.map((s) => [s.roomId, { notes: new Map(s.notes.getSnapshot().map((n) => [n.id, n])), frames: s.frames.getSnapshot() }])));
    const stops = sources.flatMap((s) => [s.notes.subscribe(read), s.frames.subscribe(read)]);
    read();
    return () => {
      for (const stop of stops) stop();
      for (const s of sources) s.preview?.destroy();
      setBoards(EMPTY);
    };
  }, [ws.workshopId, token, board, wanted]);
  return boards;
}

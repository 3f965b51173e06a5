import { useCallback, useMemo } from 'react';
import { BoardContext } from '../state/BoardContext';
import { useBoardServices } from '../state/useBoardServices';
import { useMyRoom } from '../state/useMyRoom';
import { useSession } from '../state/useSession';
import { useWorkshop } from '../state/WorkshopContext';
import { workshopActions } from '../state/workshopActions';
import { BoardLayout } from './BoardLayout';
import { Loading } from './Loading';

/** The board of the room this screen is in; switching room opens the other board. */
export function RoomBoard() {
  const ws = useWorkshop();
  const session = useSession();
  const { roomId, name } = useMyRoom();
  const boardSession = useMemo(() => ({ ...session, roomId, ...(name ? { roomName: name } : {}) }), [session, roomId, name]);
  const onRoomChanged = useCallback(() => workshopActions.followServerSession(ws), [ws]);
  const services = useBoardServices(boardSession, onRoomChanged);
  if (!services) return <Loading />;
  return (
    <BoardContext.Provider value={services}>
      <BoardLayout />
    </BoardContext.Provider>
  );
}

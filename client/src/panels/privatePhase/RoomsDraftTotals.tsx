import { useTranslation } from 'react-i18next';
import { useRooms } from '../../state/useRooms';
import { useRoomDraftTally } from '../../state/usePrivatePhase';

/** Several rooms in private writing at once: each room's total (its people's counts are on its card or its board). */
export function RoomsDraftTotals({ roomIds }: { roomIds: readonly string[] }) {
  const { t } = useTranslation();
  const rooms = useRooms();
  return (
    <ul className="draft-counts-list" aria-label={t('privatePhase.perRoom')} data-testid="room-draft-totals">
      {rooms
        .filter((r) => roomIds.includes(r.id))
        .map((room) => (
          <RoomTotal key={room.id} roomId={room.id} name={room.name} />
        ))}
    </ul>
  );
}

function RoomTotal({ roomId, name }: { roomId: string; name: string }) {
  const { t } = useTranslation();
  const { total } = useRoomDraftTally(roomId);
  return (
    <li data-room-id={roomId} data-count={total}>
      <span className="draft-counts-name">{name}</span>
      <span aria-hidden="true"> · </span>
      <span className="draft-counts-number">{t('privatePhase.total', { count: total })}</span>
    </li>
  );
}

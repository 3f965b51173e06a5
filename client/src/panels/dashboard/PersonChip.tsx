import type { Person, RoomEntry } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import { useWorkshop } from '../../state/WorkshopContext';
import { workshopActions } from '../../state/workshopActions';
import { Icon } from '../Icon';
import { PARTICIPANT_DRAG_TYPE } from './enterRoom';

interface PersonChipProps {
  person: Person;
  rooms: readonly RoomEntry[];
  online: boolean;
  /** facilitators: drag the chip to another room, or use « Déplacer vers… » (keyboard, phones) */
  canMove: boolean;
}

/** One participant on a room card; the chip's text is their name, nothing else. */
export function PersonChip({ person, rooms, online, canMove }: PersonChipProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const others = rooms.filter((r) => r.id !== person.roomId);
  const move = (roomId: string) => {
    const room = rooms.find((r) => r.id === roomId);
    if (room) void workshopActions.moveParticipant(ws, person, room);
  };
  return (
    <li className="person" data-online={online || undefined}>
      <span
        className="person-chip"
        data-testid="person-chip"
        data-participant-id={person.id}
        draggable={canMove || undefined}
        title={t(online ? 'presence.online' : 'presence.away')}
        onDragStart={(e) => {
          e.dataTransfer.setData(PARTICIPANT_DRAG_TYPE, person.id);
          e.dataTransfer.effectAllowed = 'move';
        }}
      >
        {person.name}
      </span>
      {canMove && others.length > 0 && (
        <span className="person-move">
          <Icon name="move" size={16} />
          <select aria-label={t('dashboard.movePerson', { name: person.name })} title={t('dashboard.moveTo')} value="" onChange={(e) => move(e.target.value)}>
            <option value="" disabled>
              {t('dashboard.moveTo')}
            </option>
            {others.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </span>
      )}
    </li>
  );
}

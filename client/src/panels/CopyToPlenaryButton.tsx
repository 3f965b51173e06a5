import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { useRooms } from '../state/useRooms';
import { useStore } from '../state/useStore';
import { useWorkshop } from '../state/WorkshopContext';
import { workshopActions } from '../state/workshopActions';
import { Icon } from './Icon';

/** Facilitators in a breakout room: « Copier en plénière » for the selected notes. */
export function CopyToPlenaryButton() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const board = useBoard();
  const rooms = useRooms();
  const { ids } = useStore(board.selection);
  const [pending, setPending] = useState(false);
  const room = rooms.find((r) => r.id === board.session.roomId);
  if (board.actor.role !== 'facilitator' || !room || room.plenary || ids.size === 0) return null;
  const copy = async () => {
    setPending(true);
    await workshopActions.copyToPlenary(ws, room, [...ids]);
    setPending(false);
  };
  return (
    <button type="button" className="tool" disabled={pending} aria-busy={pending} onClick={() => void copy()} title={t('plenaryCopy.selectionHint', { count: ids.size })}>
      <Icon name="plenary" />
      <span className="tool-label">{t('plenaryCopy.selection')}</span>
    </button>
  );
}

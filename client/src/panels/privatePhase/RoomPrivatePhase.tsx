import type { RoomEntry } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoomPhase } from '../../state/usePrivatePhase';
import { Icon } from '../Icon';
import { DraftCountsList } from './DraftCountsList';
import { PrivatePhaseControls } from './PrivatePhaseControls';

/**
 * A room card's private writing on the dashboard: while it runs, the question and how many ideas
 * each person wrote (total and per person); for facilitators, this room's controls.
 */
export function RoomPrivatePhase({ room, canManage }: { room: RoomEntry; canManage: boolean }) {
  const { t } = useTranslation();
  const phase = useRoomPhase(room.id);
  const active = phase?.active === true;
  const id = useId();
  if (!active && !canManage) return null;
  return (
    <div className="room-private" data-testid="room-private" data-active={active || undefined}>
      <div className="room-private-head">
        <Icon name="pencil" size={16} />
        <span className={active ? 'room-private-question' : 'hint'}>{active ? t('privatePhase.running', { question: phase.question }) : t('privatePhase.none')}</span>
        {canManage && (
          <>
            <button type="button" className="button secondary small" popoverTarget={id} aria-label={t('privatePhase.roomControls', { name: room.name })}>
              {t('privatePhase.short')}
            </button>
            <div id={id} popover="auto" className="menu-popover private-popover" role="dialog" aria-labelledby={`${id}-title`}>
              <h2 id={`${id}-title`}>{t('privatePhase.roomControls', { name: room.name })}</h2>
              <PrivatePhaseControls roomId={room.id} />
            </div>
          </>
        )}
      </div>
      {active && <DraftCountsList roomId={room.id} />}
    </div>
  );
}

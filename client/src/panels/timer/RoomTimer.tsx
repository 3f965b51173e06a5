import type { RoomEntry } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { timerState } from '../../state/timerState';
import { useRoomTimer } from '../../state/useTimers';
import { Icon } from '../Icon';
import { TimerControls } from './TimerControls';
import { TimerTime } from './TimerTime';

/** A room card's timer on the dashboard: what is left (or « Temps écoulé »), and for facilitators this room's controls. */
export function RoomTimer({ room, canManage }: { room: RoomEntry; canManage: boolean }) {
  const { t } = useTranslation();
  const view = useRoomTimer(room.id);
  const state = timerState(view);
  const id = useId();
  if (state === 'stopped' && !canManage) return null;
  return (
    <div className="room-timer" data-testid="room-timer" data-state={state}>
      <Icon name="timer" size={16} />
      {state === 'stopped' ? <span className="hint">{t('timer.stopped')}</span> : <TimerTime view={view} />}
      {canManage && (
        <>
          <button type="button" className="button secondary small" popoverTarget={id} aria-label={t('timer.roomControls', { name: room.name })}>
            {t('timer.title')}
          </button>
          <div id={id} popover="auto" className="menu-popover timer-popover" role="dialog" aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{t('timer.roomControls', { name: room.name })}</h2>
            <TimerControls roomId={room.id} />
          </div>
        </>
      )}
    </div>
  );
}

import type { TimerView } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../state/formatRemaining';
import { timerState } from '../../state/timerState';
import { Icon } from '../Icon';

/**
 * « 02:58 », « ⏸ 02:58 » while paused, « Temps écoulé » at the end. `data-remaining-ms` carries
 * what is shown, to the millisecond, for anyone comparing screens.
 */
export function TimerTime({ view }: { view: TimerView }) {
  const { t } = useTranslation();
  const state = timerState(view);
  return (
    <span className="timer-time" data-testid="timer-time" data-state={state} data-remaining-ms={view.remainingMs}>
      {state === 'paused' && <Icon name="pause" size={16} />}
      {state === 'done' ? t('timer.timeUp') : formatRemaining(view.remainingMs)}
      {state === 'paused' && <span className="visually-hidden"> ({t('timer.paused')})</span>}
    </span>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TimerControls } from './TimerControls';

/** On the dashboard: one countdown for every room at once, the plenary included. */
export function TimerCard() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="control-card timer-card" aria-labelledby={id} data-testid="timer-card">
      <h3 id={id} className="control-title">
        {t('timer.allRooms')}
      </h3>
      <TimerControls />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { ControlCard } from '../dashboard/ControlCard';
import { TimerControls } from './TimerControls';

/** On the dashboard: one countdown for every room at once, the plenary included. */
export function TimerCard() {
  const { t } = useTranslation();
  return (
    <ControlCard title={t('timer.allRooms')} name="timer-card">
      <TimerControls />
    </ControlCard>
  );
}

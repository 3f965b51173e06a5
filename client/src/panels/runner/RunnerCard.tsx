import { useTranslation } from 'react-i18next';
import { ControlCard } from '../dashboard/ControlCard';
import { RunnerControls } from './RunnerControls';

/** On the dashboard: the 3-12-3 method for every breakout room at once. */
export function RunnerCard() {
  const { t } = useTranslation();
  return (
    <ControlCard title={t('runner.allRooms')} name="runner-card">
      <RunnerControls />
    </ControlCard>
  );
}

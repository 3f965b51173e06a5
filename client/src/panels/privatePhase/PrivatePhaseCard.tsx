import { useTranslation } from 'react-i18next';
import { ControlCard } from '../dashboard/ControlCard';
import { PrivatePhaseControls } from './PrivatePhaseControls';

/** On the dashboard: private writing for every room at once, the plenary included. */
export function PrivatePhaseCard() {
  const { t } = useTranslation();
  return (
    <ControlCard title={t('privatePhase.allRooms')} name="private-card">
      <PrivatePhaseControls />
    </ControlCard>
  );
}

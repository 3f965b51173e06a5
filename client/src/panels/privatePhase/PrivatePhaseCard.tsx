import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivatePhaseControls } from './PrivatePhaseControls';

/** On the dashboard: private writing for every room at once, the plenary included. */
export function PrivatePhaseCard() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="control-card private-card" aria-labelledby={id} data-testid="private-card">
      <h3 id={id} className="control-title">
        {t('privatePhase.allRooms')}
      </h3>
      <PrivatePhaseControls />
    </section>
  );
}

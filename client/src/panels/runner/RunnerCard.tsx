import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RunnerControls } from './RunnerControls';

/** On the dashboard: the 3-12-3 method for every breakout room at once. */
export function RunnerCard() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="control-card runner-card" aria-labelledby={id} data-testid="runner-card">
      <h3 id={id} className="control-title">
        {t('runner.allRooms')}
      </h3>
      <RunnerControls />
    </section>
  );
}

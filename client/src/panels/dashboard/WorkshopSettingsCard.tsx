import type { AssignmentMode } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshop } from '../../state/WorkshopContext';
import { useWorkshopSettings } from '../../state/useWorkshopSettings';
import { workshopActions } from '../../state/workshopActions';
import { ObserversExportSwitch } from '../export/ObserversExportSwitch';
import { usePendingValue } from './usePendingValue';

const MODES: AssignmentMode[] = ['balanced', 'choice'];

/** « Ouvrir la plénière aux participants », « Masquer les auteurs aux participants », « Les observateurs peuvent exporter » and how newcomers get a room. */
export function WorkshopSettingsCard() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const settings = useWorkshopSettings();
  const id = useId();
  const plenary = usePendingValue(settings.plenaryOpen);
  const assignment = usePendingValue(settings.assignment);
  const anonymous = usePendingValue(settings.anonymous);
  return (
    <div className="control-card settings-card">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={plenary.value}
          aria-busy={plenary.pending}
          onChange={(e) => {
            const open = e.target.checked;
            void plenary.request(open, () => workshopActions.setPlenaryOpen(ws, open));
          }}
        />
        <span>
          <strong>{t('dashboard.plenaryOpen')}</strong>
          <span className="hint">{t('dashboard.plenaryOpenHint')}</span>
        </span>
      </label>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={anonymous.value}
          aria-busy={anonymous.pending}
          onChange={(e) => {
            const hidden = e.target.checked;
            void anonymous.request(hidden, () => workshopActions.setAnonymous(ws, hidden));
          }}
        />
        <span>
          <strong>{t('attention.anonymous')}</strong>
          <span className="hint">{t('attention.anonymousHint')}</span>
        </span>
      </label>
      <ObserversExportSwitch />
      <label htmlFor={id}>{t('assignment.label')}</label>
      <select
        id={id}
        value={assignment.value}
        aria-busy={assignment.pending}
        onChange={(e) => {
          const mode = e.target.value as AssignmentMode;
          void assignment.request(mode, () => workshopActions.setAssignment(ws, mode));
        }}
      >
        {MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`assignment.${mode}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

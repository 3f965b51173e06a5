import { useTranslation } from 'react-i18next';
import { apiAction } from '../../state/apiAction';
import { useWorkshop } from '../../state/WorkshopContext';
import { useWorkshopSettings } from '../../state/useWorkshopSettings';
import { usePendingValue } from '../dashboard/usePendingValue';

/** « Les observateurs peuvent exporter »: the workshop document's setting, through `PATCH /api/workshops/:id`. */
export function ObserversExportSwitch() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const { observersExport } = useWorkshopSettings();
  const allowed = usePendingValue(observersExport);
  const change = (on: boolean) =>
    allowed.request(on, () =>
      apiAction(async () => {
        ws.admin.set(await ws.api.patch({ observersExport: on }));
      }, 'settings'),
    );
  return (
    <label className="switch">
      <input type="checkbox" role="switch" checked={allowed.value} aria-busy={allowed.pending} onChange={(e) => void change(e.target.checked)} />
      <span>
        <strong>{t('export.observers')}</strong>
        <span className="hint">{t('export.observersHint')}</span>
      </span>
    </label>
  );
}

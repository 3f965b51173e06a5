import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { dismissHint, isHintDismissed } from '../state/dismissedHints';
import { useEntries } from '../state/useEntries';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';

const PLAN_HINT = 'phone-plan';

/**
 * On a phone's « Tableau » showing zones, where a zone's notes are small and far apart: a hint
 * that « Plan » lists the zones and their notes. Closed, or followed, it stays closed on this device.
 */
export function PlanHint() {
  const { t } = useTranslation();
  const board = useBoard();
  const { phoneView } = useStore(board.ui);
  const zones = useEntries(board.frames).length;
  const [dismissed, setDismissed] = useState(() => isHintDismissed(PLAN_HINT));
  if (dismissed || phoneView !== 'board' || zones === 0) return null;
  const dismiss = () => {
    dismissHint(PLAN_HINT);
    setDismissed(true);
  };
  const openPlan = () => {
    dismiss();
    board.ui.set((ui) => ({ ...ui, phoneView: 'outline' }));
  };
  return (
    <div className="phone-hint" role="note" data-testid="plan-hint">
      <p>{t('phone.planHint')}</p>
      <button type="button" className="phone-hint-open" onClick={openPlan}>
        {t('phone.planHintOpen')}
      </button>
      <button type="button" className="tool" aria-label={t('phone.planHintDismiss')} title={t('phone.planHintDismiss')} onClick={dismiss}>
        <Icon name="close" size={18} />
      </button>
    </div>
  );
}

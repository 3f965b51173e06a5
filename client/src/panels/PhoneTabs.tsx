import { useTranslation } from 'react-i18next';
import type { PhoneView } from '../state/BoardServices';
import { useBoard } from '../state/BoardContext';
import { useNotes } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { PlanHint } from './PlanHint';

const VIEWS: readonly PhoneView[] = ['notes', 'outline', 'board'];

/** On a phone, « Notes » (read and write), « Plan » or « Tableau » (the canvas, to pinch and drag): one tap apart; under them, the hint to « Plan » (`PlanHint`). */
export function PhoneTabs() {
  const { t } = useTranslation();
  const board = useBoard();
  const { phoneView } = useStore(board.ui);
  const count = useNotes().length;
  return (
    <>
      <nav className="phone-tabs" aria-label={t('phone.views')}>
        {VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={phoneView === view}
            onClick={(e) => {
              // the focus leaves the notes it may hold, which would otherwise stay open as the keyboard's list
              e.currentTarget.focus();
              board.ui.set((ui) => (ui.phoneView === view ? ui : { ...ui, phoneView: view }));
            }}
          >
            {t(`phone.${view}`)}
            {view === 'notes' && <span className="phone-tabs-count">{count}</span>}
          </button>
        ))}
      </nav>
      <PlanHint />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';

/** « Plan »: shows or hides the outline of the board beside the canvas. */
export function OutlineToggle() {
  const { t } = useTranslation();
  const board = useBoard();
  const open = useStore(board.outlineOpen);
  return (
    <button type="button" className="tool outline-toggle" aria-pressed={open} title={t('outline.toggleHint')} onClick={() => board.outlineOpen.set((v) => !v)}>
      <Icon name="outline" />
      <span className="tool-label">{t('outline.toggle')}</span>
    </button>
  );
}

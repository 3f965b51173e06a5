import { useTranslation } from 'react-i18next';
import { fitView, zoomBy, ZOOM_STEP } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import { useStore } from '../state/useStore';
import { HelpPopover } from './HelpPopover';
import { Icon } from './Icon';

export function ZoomControls() {
  const { t, i18n } = useTranslation();
  const board = useBoard();
  const { scale } = useStore(board.viewport);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(scale);
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.label')}>
      <button type="button" className="tool" aria-label={t('zoom.out')} title={t('zoom.out')} onClick={() => zoomBy(board, 1 / ZOOM_STEP)}>
        <Icon name="minus" />
      </button>
      <output className="zoom-level" aria-label={t('zoom.level')} aria-live="off">
        {percent}
      </output>
      <button type="button" className="tool" aria-label={t('zoom.in')} title={t('zoom.in')} onClick={() => zoomBy(board, ZOOM_STEP)}>
        <Icon name="plus" />
      </button>
      <button type="button" className="tool" aria-label={t('zoom.fit')} title={t('zoom.fit')} onClick={() => fitView(board)}>
        <Icon name="fit" />
      </button>
      <HelpPopover />
    </div>
  );
}

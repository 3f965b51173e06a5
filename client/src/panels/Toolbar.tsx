import { useTranslation } from 'react-i18next';
import { createNoteAtCentre, deleteSelection } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import { useCanCreate, useNoteRights } from '../state/useRights';
import { useStore } from '../state/useStore';
import { ColorPicker } from './ColorPicker';
import { CopyToPlenaryButton } from './CopyToPlenaryButton';
import { Icon } from './Icon';

export function Toolbar() {
  const { t } = useTranslation();
  const board = useBoard();
  const { ids } = useStore(board.selection);
  const { selectTool } = useStore(board.ui);
  const canCreate = useCanCreate();
  const rights = useNoteRights();
  const canDelete = [...ids].some((id) => rights.get(id)?.remove);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group">
        <button type="button" className="tool primary" disabled={!canCreate} onClick={() => createNoteAtCentre(board)} title={t('toolbar.newNoteHint')}>
          <Icon name="plus" />
          <span className="tool-label">{t('toolbar.newNote')}</span>
        </button>
        <button
          type="button"
          className="tool"
          aria-pressed={selectTool}
          title={t('toolbar.selectToolHint')}
          onClick={() => board.ui.set((ui) => ({ ...ui, selectTool: !ui.selectTool }))}
        >
          <Icon name="select" />
          <span className="tool-label">{t('toolbar.selectTool')}</span>
        </button>
        <button type="button" className="tool danger" disabled={!canDelete} onClick={() => deleteSelection(board)} title={t('toolbar.deleteHint')}>
          <Icon name="trash" />
          <span className="tool-label">{t('toolbar.delete')}</span>
        </button>
        <CopyToPlenaryButton />
      </div>
      <ColorPicker />
    </div>
  );
}

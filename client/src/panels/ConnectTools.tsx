import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { clusterOfSelection, groupSelection } from '../state/clusterCommands';
import { linkSelection } from '../state/linkCommands';
import { useNotes } from '../state/useNotes';
import { useCanCreate } from '../state/useRights';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';

/** « Relier » (exactly two notes selected) and « Regrouper » (two or more, not already one cluster), in the toolbar. */
export function ConnectTools() {
  const { t } = useTranslation();
  const board = useBoard();
  const { ids } = useStore(board.selection);
  // a locked or read-only board takes no link and no cluster from this user
  const canWrite = useCanCreate();
  const notes = useNotes();
  if (ids.size < 2 || !canWrite) return null;
  // the selection is a cluster already (its title was clicked): its panel offers what fits
  const grouped = clusterOfSelection(notes, ids) !== null;
  return (
    <>
      {ids.size === 2 && (
        <button type="button" className="tool" onClick={() => linkSelection(board)} title={t('toolbar.linkHint')}>
          <Icon name="link" />
          <span className="tool-label">{t('toolbar.link')}</span>
        </button>
      )}
      {!grouped && (
        <button type="button" className="tool" onClick={() => groupSelection(board)} title={t('toolbar.groupHint')}>
          <Icon name="cluster" />
          <span className="tool-label">{t('toolbar.group')}</span>
        </button>
      )}
    </>
  );
}

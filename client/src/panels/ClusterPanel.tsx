import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { clusterTitleEditing } from '../state/clusterEditing';
import { clusterOfSelection, clusterRefusal, dissolveSelection, toggleCluster } from '../state/clusterCommands';
import { useEntries } from '../state/useEntries';
import { useNotes } from '../state/useNotes';
import { usePolicy } from '../state/useRights';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';

/**
 * The panel of a cluster whose notes are the selection (a click on its title): rename, fold or
 * unfold, dissolve — the keyboard's way to these too. Offered only to who may regroup all its notes.
 */
export function ClusterPanel() {
  const { t } = useTranslation();
  const board = useBoard();
  const notes = useNotes();
  const groups = useEntries(board.groups);
  const { ids, editingId } = useStore(board.selection);
  const editingTitle = useStore(clusterTitleEditing(board));
  usePolicy();
  const id = editingId ? null : clusterOfSelection(notes, ids);
  const group = id ? groups.find((g) => g.id === id) : undefined;
  if (!group || editingTitle === group.id) return null;
  const title = group.title || t('clusters.untitled');
  // renaming probes the rule every change to a cluster follows: moving all its notes
  const allowed = clusterRefusal(board, group.id, { ...group, title: `${group.title}·` }) === null;
  return (
    <section className="selection-panel cluster-panel" aria-label={t('clusters.panelLabel')} data-testid="cluster-panel">
      <p className="selection-panel-title">{t('clusters.tab', { title, count: ids.size })}</p>
      <div className="selection-panel-row">
        <button type="button" className="tool small" disabled={!allowed} onClick={() => clusterTitleEditing(board).set(group.id)}>
          <Icon name="pencil" size={18} />
          <span>{t('clusters.rename')}</span>
        </button>
        <button type="button" className="tool small" disabled={!allowed} aria-pressed={group.collapsed === true} onClick={() => toggleCluster(board, group.id)}>
          {t(group.collapsed ? 'clusters.expand' : 'clusters.collapse')}
        </button>
        <button type="button" className="tool small" disabled={!allowed} onClick={() => dissolveSelection(board)} title={t('clusters.dissolveHint')}>
          {t('clusters.dissolve')}
        </button>
      </div>
    </section>
  );
}

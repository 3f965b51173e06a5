import type { Group, Rect } from '@essaim/shared';
import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clusterTabBox, fittedTabText, measureTabText } from '../canvas/clusterTab';
import { useLiveBoxes } from '../canvas/useLiveBoxes';
import { useBoard } from '../state/BoardContext';
import { clusterTitleEditing } from '../state/clusterEditing';
import { clusterOfSelection, clusterRefusal, dissolveSelection, toggleCluster } from '../state/clusterCommands';
import { clusterTabOrigin } from '../state/clusterGeometry';
import { useEntries } from '../state/useEntries';
import { useNotes } from '../state/useNotes';
import { usePolicy } from '../state/useRights';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';
import { panelPlacement } from './panelPlacement';
import { useNarrowScreen } from './useNarrowScreen';

/** The panel's top when nothing is in the way, as selectionPanels.css has it (a phone's zoom controls and search sit above). */
const TOP = { wide: 8, phone: 118 };

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
    <PlacedPanel group={group} title={title}>
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
    </PlacedPanel>
  );
}

/** The panel's box, placed on the canvas so that it never covers the cluster's title (`panelPlacement`). */
function PlacedPanel({ group, title, children }: { group: Group; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const board = useBoard();
  const view = useStore(board.viewport);
  const area = useStore(board.stageSize);
  const narrow = useNarrowScreen();
  const { clusters } = useLiveBoxes();
  const panel = useRef<HTMLElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  // measured before paint, so the panel is never drawn over the title first
  useLayoutEffect(() => {
    const el = panel.current;
    if (el && (el.offsetWidth !== size?.width || el.offsetHeight !== size?.height)) setSize({ width: el.offsetWidth, height: el.offsetHeight });
  });
  const shape = clusters.find((c) => c.group.id === group.id);
  let style: CSSProperties | undefined;
  if (shape && size && area.width > 0) {
    const text = shape.card ? title : fittedTabText(title, (cut) => t('clusters.tab', { title: cut, count: shape.memberIds.length }));
    const box = clusterTabBox(shape.card ?? clusterTabOrigin(shape.outline), measureTabText(text), shape.card);
    const onScreen = (r: Rect): Rect => ({ x: r.x * view.scale + view.x, y: r.y * view.scale + view.y, width: r.width * view.scale, height: r.height * view.scale });
    // never over the title; over the notes only when there is no room around them
    const at = panelPlacement({ area, avoid: onScreen(box), around: shape.card ? undefined : onScreen(shape.outline), panel: size, top: narrow ? TOP.phone : TOP.wide });
    style = { left: at.left, top: at.top, transform: 'none' };
  }
  return (
    <section ref={panel} className="selection-panel cluster-panel" aria-label={t('clusters.panelLabel')} data-testid="cluster-panel" style={style}>
      {children}
    </section>
  );
}

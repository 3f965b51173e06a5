import { GROUP_TITLE_MAX } from '@essaim/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { clusterTitleEditing } from '../state/clusterEditing';
import { renameCluster } from '../state/clusterCommands';
import { clusterTabOrigin } from '../state/clusterGeometry';
import { useStore } from '../state/useStore';
import { useLiveBoxes } from './useLiveBoxes';

const WIDTH = 280;
const MARGIN = 8;

/**
 * The field where a cluster's title is typed: at once after « Regrouper », or on a double-click
 * of its title. Over the title tab, kept inside the board area; Enter or leaving it saves,
 * Escape leaves the title as it was.
 */
export function ClusterTitleEditor() {
  const board = useBoard();
  const id = useStore(clusterTitleEditing(board));
  const { clusters } = useLiveBoxes();
  const shape = clusters.find((c) => c.group.id === id);
  // the cluster gone (dissolved elsewhere, emptied): nothing to name
  useEffect(() => {
    if (id && !shape) clusterTitleEditing(board).set(null);
  }, [board, id, shape]);
  return shape ? <TitleField key={shape.group.id} id={shape.group.id} title={shape.group.title} at={shape.card ?? clusterTabOrigin(shape.outline)} /> : null;
}

function TitleField({ id, title, at }: { id: string; title: string; at: { x: number; y: number } }) {
  const { t } = useTranslation();
  const board = useBoard();
  const view = useStore(board.viewport);
  const area = useStore(board.stageSize);
  const [value, setValue] = useState(title);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus({ preventScroll: true });
    input.current?.select();
  }, []);
  const close = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    if (save) renameCluster(board, id, value);
    clusterTitleEditing(board).set(null);
  };
  const width = Math.min(WIDTH, area.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(at.x * view.scale + view.x, area.width - width - MARGIN));
  const top = Math.max(MARGIN, Math.min(at.y * view.scale + view.y, area.height - 56 - MARGIN));
  return (
    <form
      className="cluster-title-editor"
      style={{ left, top, width }}
      onSubmit={(e) => {
        e.preventDefault();
        close(true);
      }}
    >
      <input
        ref={input}
        type="text"
        data-testid="cluster-title-input"
        aria-label={t('clusters.titleLabel')}
        placeholder={t('clusters.titlePlaceholder')}
        maxLength={GROUP_TITLE_MAX}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => close(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            close(false);
          }
        }}
      />
      <button type="submit" className="button primary small">
        {t('clusters.save')}
      </button>
    </form>
  );
}

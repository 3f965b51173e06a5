import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Rect } from 'react-konva';
import { useBoard } from '../state/BoardContext';
import { clusterOfSelection } from '../state/clusterCommands';
import { clusterTabOrigin } from '../state/clusterGeometry';
import { useNotes } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { fittedTabText } from './clusterTab';
import { CLUSTER_STROKE, ClusterTitle } from './ClusterTitle';
import { useClusterHandlers } from './useClusterHandlers';
import { useLiveBoxes } from './useLiveBoxes';

/**
 * Clusters, under the notes: a rounded outline around each cluster's notes with its title and
 * count on a tab above (« Transports · 4 »); folded, a card in their place (NotesLayer leaves
 * the notes out). Only the tabs and cards take the pointer: inside an outline the board pans.
 */
export const ClustersLayer = memo(function ClustersLayer() {
  const { t } = useTranslation();
  const board = useBoard();
  const notes = useNotes();
  const { clusters } = useLiveBoxes();
  const { ids } = useStore(board.selection);
  const { panKey } = useStore(board.ui);
  const handlers = useClusterHandlers(board);
  const selectedCluster = clusterOfSelection(notes, ids);
  return (
    // hidden while empty: Konva then skips its canvas on every pan and zoom frame
    <Layer name="clusters-layer" visible={clusters.length > 0}>
      {clusters.map(({ group, memberIds, outline, card }) => {
        const title = group.title || t('clusters.untitled');
        const count = memberIds.length;
        const tab = card ? { x: card.x, y: card.y } : clusterTabOrigin(outline);
        return [
          !card && (
            <Rect
              key={`outline-${group.id}`}
              {...outline}
              cornerRadius={16}
              fill="rgba(79, 70, 229, 0.05)"
              stroke={CLUSTER_STROKE}
              strokeWidth={1.5}
              dash={[10, 6]}
              listening={false}
              perfectDrawEnabled={false}
            />
          ),
          <ClusterTitle
            key={`title-${group.id}`}
            id={group.id}
            x={tab.x}
            y={tab.y}
            // a long title is cut, not its count
            text={card ? title : fittedTabText(title, (cut) => t('clusters.tab', { title: cut, count }))}
            collapsed={card !== null}
            card={card ? { width: card.width, height: card.height, count: t('clusters.notes', { count }) } : null}
            selected={selectedCluster === group.id}
            draggable={!panKey}
            handlers={handlers}
          />,
        ];
      })}
    </Layer>
  );
});

import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { useEntries } from '../state/useEntries';
import { useMyRoom } from '../state/useMyRoom';
import { useNotes } from '../state/useNotes';
import { useConnectionState } from '../sync/useConnectionState';
import { ApplyTemplateButton } from './dashboard/ApplyTemplateButton';
import { useNarrowScreen } from './useNarrowScreen';

/**
 * On a board that holds nothing yet, a facilitator is offered to start it from a template
 * (needs map, problem tree…) right there; it goes once anything is written. Shown only once the
 * board is synced, so it never flashes over a board whose content is still arriving.
 */
export function EmptyBoardStart() {
  const { t } = useTranslation();
  const board = useBoard();
  const { room } = useMyRoom();
  const notes = useNotes();
  const frames = useEntries(board.frames);
  const labels = useEntries(board.labels);
  const { state } = useConnectionState(board.connection);
  // on a phone the facilitator follows the workshop; boards are prepared from a computer or the dashboard
  const narrow = useNarrowScreen();
  const empty = notes.length + frames.length + labels.length === 0;
  if (narrow || board.actor.role !== 'facilitator' || !room || !empty || state !== 'connected') return null;
  return (
    <aside className="empty-board-start" aria-label={t('templates.emptyBoardRegion')}>
      <p>{t('templates.emptyBoard')}</p>
      <ApplyTemplateButton room={room} />
    </aside>
  );
}

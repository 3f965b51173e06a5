import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardStage } from '../canvas/BoardStage';
import { NoteEditor } from '../canvas/NoteEditor';
import { useKeyboardShortcuts } from '../canvas/useKeyboardShortcuts';
import { navigate } from '../router/navigate';
import { useBoard } from '../state/BoardContext';
import { forgetSession } from '../state/session';
import { useSelectionPruning } from '../state/useSelectionPruning';
import { useSyncToasts } from '../sync/useSyncToasts';
import { NotesList } from './NotesList';
import { SharePanel } from './SharePanel';
import { Toolbar } from './Toolbar';
import { TopBar } from './TopBar';
import { ZoomControls } from './ZoomControls';

export function BoardLayout() {
  const { t } = useTranslation();
  const board = useBoard();
  useKeyboardShortcuts(board);
  useSelectionPruning();
  const { title, workshopId } = board.session;
  const rejoin = useCallback(() => {
    forgetSession(workshopId);
    navigate('/');
  }, [workshopId]);
  useSyncToasts(board.connection, rejoin);

  useEffect(() => {
    document.title = t('app.boardTitle', { title });
    return () => {
      document.title = t('app.name');
    };
  }, [t, title]);

  return (
    <div className="board-page">
      <TopBar />
      <main className="board-area">
        <h2 className="visually-hidden">{t('board.heading')}</h2>
        <BoardStage />
        <NoteEditor />
        <Toolbar />
        <ZoomControls />
        <NotesList />
      </main>
      {board.session.role === 'facilitator' && <SharePanel />}
    </div>
  );
}

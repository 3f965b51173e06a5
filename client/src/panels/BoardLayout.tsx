import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardStage } from '../canvas/BoardStage';
import { NoteEditor } from '../canvas/NoteEditor';
import { useKeyboardShortcuts } from '../canvas/useKeyboardShortcuts';
import { navigate } from '../router/navigate';
import { useBoard } from '../state/BoardContext';
import { forgetSession } from '../state/session';
import { useSelectionPruning } from '../state/useSelectionPruning';
import { useMyRoom } from '../state/useMyRoom';
import { useWorkshopSettings } from '../state/useWorkshopSettings';
import { useSyncToasts } from '../sync/useSyncToasts';
import { BoardRulesPopover } from './BoardRulesPopover';
import { BroadcastBanner } from './BroadcastBanner';
import { NotesList } from './NotesList';
import { PresenceList } from './PresenceList';
import { ReadOnlyBadge } from './ReadOnlyBadge';
import { SharePanel } from './SharePanel';
import { Toolbar } from './Toolbar';
import { TopBar } from './TopBar';
import { ZoomControls } from './ZoomControls';

export function BoardLayout() {
  const { t } = useTranslation();
  const board = useBoard();
  const { title } = useWorkshopSettings();
  const { name: roomName } = useMyRoom();
  useKeyboardShortcuts(board);
  useSelectionPruning();
  const { workshopId } = board.session;
  const rejoin = useCallback(() => {
    forgetSession(workshopId);
    navigate('/');
  }, [workshopId]);
  useSyncToasts(board.connection, rejoin);

  const shownTitle = title || board.session.title;
  useEffect(() => {
    document.title = t('app.boardTitle', { title: roomName ? `${roomName} · ${shownTitle}` : shownTitle });
    return () => {
      document.title = t('app.name');
    };
  }, [t, shownTitle, roomName]);

  return (
    <div className="board-page">
      <TopBar connection={board.connection}>
        <ReadOnlyBadge />
        <BoardRulesPopover />
        <PresenceList />
      </TopBar>
      <BroadcastBanner />
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

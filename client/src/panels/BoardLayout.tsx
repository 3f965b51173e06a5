import { useCallback, useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardStage } from '../canvas/BoardStage';
import { NoteEditor } from '../canvas/NoteEditor';
import { useKeyboardShortcuts } from '../canvas/useKeyboardShortcuts';
import { navigate } from '../router/navigate';
import { useBoard } from '../state/BoardContext';
import { forgetSession } from '../state/session';
import { useSelectionPruning } from '../state/useSelectionPruning';
import { useStore } from '../state/useStore';
import { useMyRoom } from '../state/useMyRoom';
import { useWorkshopSettings } from '../state/useWorkshopSettings';
import { useSyncToasts } from '../sync/useSyncToasts';
import { BoardRulesPopover } from './BoardRulesPopover';
import { BroadcastBanner } from './BroadcastBanner';
import { DeleteConfirmDialog } from './DeleteConfirmDialog';
import { NotesList } from './NotesList';
import { PhoneTabs } from './PhoneTabs';
import { PresenceList } from './PresenceList';
import { ReadOnlyBadge } from './ReadOnlyBadge';
import { SharePanel } from './SharePanel';
import { Toolbar } from './Toolbar';
import { TopBar } from './TopBar';
import { useKeyboardInset } from './useKeyboardInset';
import { useNarrowScreen } from './useNarrowScreen';
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
  // a phone opens on the notes list, where one reads and writes; the canvas is one tap away
  const narrow = useNarrowScreen();
  const { phoneView } = useStore(board.ui);
  const reading = narrow && phoneView === 'notes';
  const keyboard = useKeyboardInset(narrow);

  const shownTitle = title || board.session.title;
  useEffect(() => {
    document.title = t('app.boardTitle', { title: roomName ? `${roomName} · ${shownTitle}` : shownTitle });
    return () => {
      document.title = t('app.name');
    };
  }, [t, shownTitle, roomName]);

  return (
    <div
      className="board-page"
      data-phone-view={narrow ? phoneView : undefined}
      style={keyboard > 0 ? ({ '--keyboard-inset': `${keyboard}px` } as CSSProperties) : undefined}
    >
      <TopBar connection={board.connection}>
        <ReadOnlyBadge />
        <BoardRulesPopover />
        <PresenceList />
      </TopBar>
      <BroadcastBanner />
      {narrow && <PhoneTabs />}
      <main className="board-area">
        <h2 className="visually-hidden">{t('board.heading')}</h2>
        <BoardStage />
        <NoteEditor />
        <DeleteConfirmDialog />
        <Toolbar />
        <ZoomControls />
        <NotesList reading={reading} />
      </main>
      {board.session.role === 'facilitator' && <SharePanel />}
    </div>
  );
}

import { useCallback, useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardStage } from '../canvas/BoardStage';
import { ClusterTitleEditor } from '../canvas/ClusterTitleEditor';
import { EntryTextEditor } from '../canvas/EntryTextEditor';
import { NoteEditor } from '../canvas/NoteEditor';
import { useClipboardEvents } from '../canvas/useClipboardEvents';
import { useKeyboardShortcuts } from '../canvas/useKeyboardShortcuts';
import { navigate } from '../router/navigate';
import { useBoard } from '../state/BoardContext';
import { forgetSession } from '../state/session';
import { useSelectionPruning } from '../state/useSelectionPruning';
import { useStore } from '../state/useStore';
import { useTimerLock } from '../state/useTimerLock';
import { usePairZone } from '../state/usePairZone';
import { useDraftsSession, useDraftsWriting } from '../state/useDraftsSession';
import { usePhaseTransitions } from '../state/usePhaseTransitions';
import { useMyRoom } from '../state/useMyRoom';
import { useWorkshopSettings } from '../state/useWorkshopSettings';
import { useAttentionFeed } from '../state/useAttentionFeed';
import { useVoteSession } from '../state/voting/useVoteSession';
import { useWorkshop } from '../state/WorkshopContext';
import { useSyncToasts } from '../sync/useSyncToasts';
import { AttentionBanner } from './attention/AttentionBanner';
import { BoardRulesPopover } from './BoardRulesPopover';
import { CategoriesEditor } from './CategoriesEditor';
import { CategoriesLegend } from './CategoriesLegend';
import { BroadcastBanner } from './BroadcastBanner';
import { ClusterPanel } from './ClusterPanel';
import { ContextMenu } from './ContextMenu';
import { DeleteConfirmDialog } from './DeleteConfirmDialog';
import { LinkPanel } from './LinkPanel';
import { CanvasSearch } from './CanvasSearch';
import { EmptyBoardStart } from './EmptyBoardStart';
import { ExportMenu } from './export/ExportMenu';
import { NotesList } from './NotesList';
import { OutlineToggle } from './OutlineToggle';
import { OutlineView } from './OutlineView';
import { PhoneTabs } from './PhoneTabs';
import { PresenceList } from './PresenceList';
import { ReadOnlyBadge } from './ReadOnlyBadge';
import { RunnerBanner } from './runner/RunnerBanner';
import { RunnerButton } from './runner/RunnerButton';
import { VoteBanner } from './vote/VoteBanner';
import { VoteButton } from './vote/VoteButton';
import { LeftoverDraftsBanner } from './privatePhase/LeftoverDraftsBanner';
import { PrivatePhaseBadge } from './privatePhase/PrivatePhaseBadge';
import { PrivateWritingPanel } from './privatePhase/PrivateWritingPanel';
import { TimerBadge } from './timer/TimerBadge';
import { TimeUpBanner } from './timer/TimeUpBanner';
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
  useClipboardEvents(board);
  useSelectionPruning();
  useTimerLock(board);
  usePairZone(board);
  useAttentionFeed(useWorkshop(), board);
  // dot voting: this person's dots in the room's open round, a facilitator's live tallies
  useVoteSession(board);
  // a participant's private drafts while the room's phase runs (or unsent ones after it)
  const drafts = useDraftsSession(board);
  const writing = useDraftsWriting(drafts);
  usePhaseTransitions(board.session.roomId, board.actor.role !== 'facilitator');
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
  // « Plan »: beside the canvas on a wide screen, one more view on a phone
  const outlineOpen = useStore(board.outlineOpen);
  const outline = narrow ? phoneView === 'outline' : outlineOpen;
  const keyboard = useKeyboardInset(narrow);
  // a facilitator's top bar has no room left on a phone: the countdown goes under it
  const facilitatorPhone = narrow && board.actor.role === 'facilitator';

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
      data-private={writing || undefined}
      style={keyboard > 0 ? ({ '--keyboard-inset': `${keyboard}px` } as CSSProperties) : undefined}
    >
      <TopBar connection={board.connection}>
        {!facilitatorPhone && <TimerBadge />}
        {!facilitatorPhone && <RunnerButton />}
        <VoteButton inBar={!facilitatorPhone} />
        {!facilitatorPhone && <PrivatePhaseBadge />}
        <ReadOnlyBadge />
        <BoardRulesPopover />
        <CategoriesEditor />
        {/* a facilitator's phone bar is full: the dashboard's « Exporter » offers any room */}
        {!facilitatorPhone && <ExportMenu room={{ id: board.session.roomId, name: roomName }} />}
        <PresenceList />
        {!narrow && <OutlineToggle />}
      </TopBar>
      <BroadcastBanner />
      <RunnerBanner />
      <VoteBanner />
      {facilitatorPhone && <TimerBadge strip />}
      <TimeUpBanner />
      {drafts && <LeftoverDraftsBanner session={drafts} />}
      {narrow && <PhoneTabs />}
      <main className="board-area" data-outline={(outline && !narrow) || undefined}>
        <h2 className="visually-hidden">{t('board.heading')}</h2>
        <BoardStage />
        <AttentionBanner />
        <NoteEditor />
        <EntryTextEditor />
        <ClusterTitleEditor />
        <LinkPanel />
        <ClusterPanel />
        <DeleteConfirmDialog />
        <ContextMenu />
        <Toolbar />
        <ZoomControls />
        <CategoriesLegend />
        <NotesList reading={reading} />
        <CanvasSearch />
        <EmptyBoardStart />
        {outline && <OutlineView phone={narrow} />}
        {drafts && <PrivateWritingPanel session={drafts} roomId={board.session.roomId} phone={narrow} />}
      </main>
      {board.session.role === 'facilitator' && <SharePanel />}
    </div>
  );
}

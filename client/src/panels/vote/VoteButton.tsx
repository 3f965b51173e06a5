import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import { useRooms } from '../../state/useRooms';
import { useStore } from '../../state/useStore';
import { useVoteRounds } from '../../state/useVoteRounds';
import { openVoteResults, voteResultsView } from '../../state/voteResultsView';
import { useWorkshop } from '../../state/WorkshopContext';
import { Icon } from '../Icon';
import { VoteButtonPanel } from './VoteButtonPanel';
import { VoteResultsDialog } from './VoteResultsDialog';

/**
 * « Vote » in the board's top bar. Facilitators: a popover to open a round on this board (the
 * whole board, or the zone, cluster or notes selected) and to follow and close it. Everyone else:
 * « Résultats » once a round of the room has results to show. The results panel opens from here.
 * `inBar` false (a facilitator's phone, whose bar is full: the dashboard's card starts votes
 * there): the results panel alone.
 */
export function VoteButton({ inBar = true }: { inBar?: boolean }) {
  const { t } = useTranslation();
  const board = useBoard();
  const ws = useWorkshop();
  const id = useId();
  const rounds = useVoteRounds();
  const room = useRooms().find((r) => r.id === board.session.roomId);
  const [shown, setShown] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const resultsOpen = useStore(voteResultsView(ws));
  // the results panel is a modal dialog: the popover that opened it steps aside
  useEffect(() => {
    if (resultsOpen !== null) document.getElementById(id)?.hidePopover();
  }, [resultsOpen, id]);

  const roomRounds = rounds.filter((r) => r.roomIds.includes(board.session.roomId));
  const open = roomRounds.find((r) => r.status === 'open');
  const withResults = roomRounds.filter((r) => r.results !== null);
  const facilitator = board.actor.role === 'facilitator';
  const label = open ? `${t('voteAdmin.title')} · ${t('voteAdmin.openNow', { number: open.number })}` : t('voteAdmin.title');

  return (
    <>
      {!inBar ? null : facilitator ? (
        <>
          <button ref={button} type="button" className="tool vote-button" popoverTarget={id} data-testid="vote-button" data-open={open ? 'true' : undefined} title={t('voteAdmin.title')} aria-label={label}>
            <Icon name="ballot" />
            <span className="tool-label">{t('voteAdmin.short')}</span>
            {open && <span className="vote-open-dot" aria-hidden="true" />}
          </button>
          <div
            id={id}
            popover="auto"
            className="menu-popover vote-popover"
            role="dialog"
            aria-labelledby={`${id}-title`}
            onToggle={(e) => setShown((e.nativeEvent as ToggleEvent).newState === 'open')}
          >
            <h2 id={`${id}-title`}>{room ? t('voteAdmin.roomTitle', { room: room.name }) : t('voteAdmin.title')}</h2>
            {shown && <VoteButtonPanel />}
          </div>
        </>
      ) : (
        withResults.length > 0 && (
          <button ref={button} type="button" className="tool vote-button" data-testid="vote-results-button" title={t('voteResults.title')} onClick={() => openVoteResults(ws, withResults[withResults.length - 1]!.voteId)}>
            <Icon name="ballot" />
            <span className="tool-label">{t('voteResults.button')}</span>
          </button>
        )
      )}
      {/* the popover's buttons are hidden with it once the results show: back to « Vote » */}
      <VoteResultsDialog returnFocus={() => button.current} />
    </>
  );
}

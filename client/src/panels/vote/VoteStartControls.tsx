import type { VoteStartRequest } from '@essaim/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { startVote } from '../../state/voteActions';
import { openVoteResults } from '../../state/voteResultsView';
import { everyVoteRoom, voteRoomChoices } from '../../state/voteRoomChoices';
import type { VoteScopeChoice } from '../../state/voteScopeChoices';
import { useRooms } from '../../state/useRooms';
import { useVoteRounds } from '../../state/useVoteRounds';
import { useWorkshop } from '../../state/WorkshopContext';
import { VoteStartForm } from './VoteStartForm';
import { VoteStartProgress } from './VoteStartProgress';

const BOARD_ONLY: readonly VoteScopeChoice[] = [{ kind: 'board' }];

interface VoteStartControlsProps {
  /** on a board: its room (« Cette salle » / « Toutes les salles ») and what may be put to the vote there; none: the dashboard */
  roomId?: string;
  scopes?: readonly VoteScopeChoice[];
}

/**
 * Facilitators open a round here and follow it. Listed: every open round on the dashboard; on a
 * board, the room's and one over « Toutes les salles » (started from the plenary, it leaves the
 * plenary out). The form shows when none is listed; else, while some rooms are free, a button
 * opens it for them (no second « Lancer le vote » refused as busy). The rounds come from the
 * workshop document, so a reload or another facilitator sees the same. A round just started
 * takes the focus.
 */
export function VoteStartControls({ roomId, scopes = BOARD_ONLY }: VoteStartControlsProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const rounds = useVoteRounds();
  const rooms = useRooms();
  const [pending, setPending] = useState(false);
  const [started, setStarted] = useState<string | null>(null);
  const [another, setAnother] = useState(false);
  const everyOpen = rounds.filter((r) => r.status === 'open');
  const everyRoom = everyVoteRoom(rooms);
  const overAll = (roomIds: readonly string[]) => roomIds.length === everyRoom.length && everyRoom.every((id) => roomIds.includes(id));
  const open = roomId === undefined ? everyOpen : everyOpen.filter((r) => r.roomIds.includes(roomId) || overAll(r.roomIds));
  const busy = new Set(everyOpen.flatMap((r) => r.roomIds));
  const roomChoices = voteRoomChoices(rooms, roomId, busy, { thisRoom: t('voteAdmin.roomThis'), allRooms: t('voteAdmin.roomAll') });
  const formShown = roomChoices.length > 0 && (open.length === 0 || another);

  const start = async (request: VoteStartRequest) => {
    setPending(true);
    const answer = await startVote(ws, request);
    setPending(false);
    if (answer) {
      toast.success(t('voteAdmin.started', { number: answer.number }), { id: 'vote-admin' });
      setStarted(answer.voteId);
      setAnother(false);
    }
    return answer !== null;
  };

  const past = rounds.filter((r) => r.status === 'closed' && (roomId === undefined || r.roomIds.includes(roomId) || overAll(r.roomIds)));
  return (
    <div className="vote-controls" data-testid="vote-controls">
      {open.map((round) => (
        <VoteStartProgress key={round.voteId} round={round} focusOnShow={round.voteId === started} headingLevel={roomId === undefined ? 4 : 3} />
      ))}
      {formShown && (
        <VoteStartForm key={scopes.map((s) => s.kind).join()} scopes={scopes} rooms={roomChoices} onStart={start} pending={pending} place={roomId === undefined ? 'dashboard' : 'board'} focusFirst={another} />
      )}
      {!formShown && roomChoices.length > 0 && (
        <button type="button" className="button secondary" onClick={() => setAnother(true)} data-testid="vote-start-another">
          {t(roomId === undefined ? 'voteAdmin.startOther' : 'voteAdmin.startHere')}
        </button>
      )}
      {past.length > 0 && (
        <button type="button" className="button secondary vote-past" onClick={() => openVoteResults(ws, past[past.length - 1]!.voteId)}>
          {t('voteAdmin.pastResults', { count: past.length })}
        </button>
      )}
    </div>
  );
}

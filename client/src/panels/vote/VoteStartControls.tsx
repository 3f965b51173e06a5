import type { VoteStartRequest } from '@essaim/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { startVote } from '../../state/voteActions';
import { openVoteResults } from '../../state/voteResultsView';
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
 * Facilitators open a round here and follow it: on a board, the room's open round or the form;
 * on the dashboard, every open round and the form (one room or all). The rounds come from the
 * workshop document, so a reload or another facilitator sees the same.
 */
export function VoteStartControls({ roomId, scopes = BOARD_ONLY }: VoteStartControlsProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const rounds = useVoteRounds();
  const rooms = useRooms();
  const [pending, setPending] = useState(false);
  const open = rounds.filter((r) => r.status === 'open' && (roomId === undefined || r.roomIds.includes(roomId)));
  const breakout = rooms.filter((r) => !r.plenary);
  const everyRoom = (breakout.length > 0 ? breakout : rooms).map((r) => r.id);
  const roomChoices = roomId
    ? [
        { value: 'room', label: t('voteAdmin.roomThis'), roomIds: [roomId] },
        { value: 'all', label: t('voteAdmin.roomAll'), roomIds: everyRoom },
      ]
    : [{ value: 'all', label: t('voteAdmin.roomAll'), roomIds: everyRoom }, ...rooms.map((r) => ({ value: r.id, label: r.name, roomIds: [r.id] }))];

  const start = async (request: VoteStartRequest) => {
    setPending(true);
    const started = await startVote(ws, request);
    setPending(false);
    if (started) toast.success(t('voteAdmin.started', { number: started.number }), { id: 'vote-admin' });
    return started !== null;
  };

  const past = rounds.filter((r) => r.status === 'closed' && (roomId === undefined || r.roomIds.includes(roomId)));
  return (
    <div className="vote-controls" data-testid="vote-controls">
      {open.map((round) => (
        <VoteStartProgress key={round.voteId} round={round} />
      ))}
      {(roomId === undefined || open.length === 0) && (
        <VoteStartForm key={scopes.map((s) => s.kind).join()} scopes={scopes} rooms={roomId || rooms.length > 1 ? roomChoices : []} onStart={start} pending={pending} />
      )}
      {past.length > 0 && (
        <button type="button" className="button secondary vote-past" onClick={() => openVoteResults(ws, past[past.length - 1]!.voteId)}>
          {t('voteAdmin.pastResults', { count: past.length })}
        </button>
      )}
    </div>
  );
}

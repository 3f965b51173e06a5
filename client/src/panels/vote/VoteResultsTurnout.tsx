import type { VoteRoomTurnout, VoteTurnout } from '@essaim/shared';
import { useTranslation } from 'react-i18next';

interface VoteResultsTurnoutProps {
  turnout: { total: VoteTurnout; byRoom: readonly VoteRoomTurnout[] };
  multiRoom: boolean;
  roomName: (roomId: string) => string;
}

/** « 32 participants sur 42 ont voté », and a line per room for a round of several rooms. */
export function VoteResultsTurnout({ turnout, multiRoom, roomName }: VoteResultsTurnoutProps) {
  const { t } = useTranslation();
  return (
    <>
      <p className="vote-turnout" data-testid="vote-results-turnout">
        {t('voteResults.turnout', { count: turnout.total.voted, eligible: turnout.total.eligible })}
      </p>
      {multiRoom && (
        <table className="vote-by-room">
          <caption className="visually-hidden">{t('voteResults.byRoom')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('voteResults.room')}</th>
              <th scope="col">{t('voteResults.roomVoted')}</th>
              <th scope="col">{t('voteResults.roomDots')}</th>
            </tr>
          </thead>
          <tbody>
            {turnout.byRoom.map((r) => (
              <tr key={r.roomId}>
                <th scope="row">{roomName(r.roomId)}</th>
                <td>{t('voteResults.outOf', { count: r.voted, eligible: r.eligible })}</td>
                <td>{r.dots}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { useContext, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BoardContext } from '../../state/BoardContext';
import { usePeople } from '../../state/usePeople';
import { useRooms } from '../../state/useRooms';
import { useRoundBoards } from '../../state/useRoundBoards';
import { useSession } from '../../state/useSession';
import { useVoteDetails } from '../../state/useVoteDetails';
import { useVoteRounds } from '../../state/useVoteRounds';
import { roundTurnout, unrankedNotes, voteResultRows } from '../../state/voteResultRows';
import { useRoundScopeLabel, useRoundScopeShort } from './VoteStartScope';
import { VoteResultsClose } from './VoteResultsClose';
import { VoteResultsKeep } from './VoteResultsKeep';
import { VoteResultsList } from './VoteResultsList';
import { VoteResultsTurnout } from './VoteResultsTurnout';
import { VoteResultsVoters } from './VoteResultsVoters';

interface VoteResultsPanelProps {
  voteId: string;
  /** another round chosen in « Tour de vote » */
  onPick: (voteId: string) => void;
}

/**
 * A round's results: the notes ranked (ties share their place), how many voted, per room for a
 * round of several rooms, who voted for what in a named round, and — for facilitators once it is
 * closed — « Garder les N premiers ». Facilitators see every round, live while open; the others
 * the rounds of their room once their results may be seen, their room's notes only.
 */
export function VoteResultsPanel({ voteId, onPick }: VoteResultsPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const board = useContext(BoardContext);
  const rooms = useRooms();
  const people = usePeople();
  const rounds = useVoteRounds();
  const scopeLabel = useRoundScopeLabel();
  const scopeShort = useRoundScopeShort();
  const facilitator = session.role === 'facilitator';
  const hereRoom = board?.session.roomId ?? null;
  const readable = facilitator ? rounds : rounds.filter((r) => r.results !== null && hereRoom !== null && r.roomIds.includes(hereRoom));
  const round = readable.find((r) => r.voteId === voteId) ?? readable[readable.length - 1] ?? null;
  const details = useVoteDetails(round, session.role);
  const boards = useRoundBoards(round?.roomIds ?? [], board, () => session.role !== 'participant');
  const multiRoom = (round?.roomIds.length ?? 0) > 1;
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const about = useRef<HTMLParagraphElement>(null);
  if (!round) return <p className="hint">{t('voteResults.noRounds')}</p>;

  // one room's notes: a participant's own; a facilitator's choice, first the board's room when it voted
  const roomFilter = !facilitator ? hereRoom : picked !== undefined ? picked : multiRoom && hereRoom && round.roomIds.includes(hereRoom) ? hereRoom : null;
  const filter = roomFilter !== null && round.roomIds.includes(roomFilter) ? roomFilter : null;
  const results = details?.results ?? round.results;
  const rows = voteResultRows(results ?? [], multiRoom ? filter : null, (roomId, noteId) => boards.get(roomId)?.notes.get(noteId)?.text);
  const roomName = (roomId: string) => rooms.find((r) => r.id === roomId)?.name ?? '';
  const voters = details?.voters;
  const live = round.status === 'open';
  const unranked = results === null ? 0 : unrankedNotes({ ...round, results }, boards, multiRoom ? filter : null);

  return (
    <div className="vote-results-panel" data-vote-id={round.voteId} data-status={round.status}>
      {readable.length > 1 && (
        <div className="vote-round-picker">
          <label htmlFor={`${id}-round`}>{t('voteResults.roundPicker')}</label>
          <select id={`${id}-round`} value={round.voteId} onChange={(e) => onPick(e.target.value)}>
            {readable.map((r) => (
              <option key={r.voteId} value={r.voteId}>
                {t('voteResults.roundOption', { round: t(r.status === 'open' ? 'voteResults.roundOpen' : 'voteResults.roundName', { number: r.number }), scope: scopeShort(r.scope) })}
              </option>
            ))}
          </select>
        </div>
      )}
      <p ref={about} tabIndex={-1} className="vote-results-about">
        <strong>{t(live ? 'voteResults.roundOpen' : 'voteAdmin.closed', { number: round.number })}</strong> · {scopeLabel(round.scope)} ·{' '}
        {t('voteAdmin.summary', { count: round.dotsPerPerson, max: round.maxPerNote })}
      </p>
      {live && <p className="hint">{t(round.resultsVisible === 'live' ? 'voteResults.liveNote' : 'voteResults.hiddenNote')}</p>}
      {live && facilitator && <VoteResultsClose voteId={round.voteId} onClosed={() => about.current?.focus()} />}
      <VoteResultsTurnout turnout={roundTurnout(round, people)} multiRoom={multiRoom} roomName={roomName} />
      {facilitator && multiRoom && (
        <div className="vote-room-filter">
          <label htmlFor={`${id}-room`}>{t('voteResults.roomFilter')}</label>
          <select id={`${id}-room`} value={filter ?? ''} onChange={(e) => setPicked(e.target.value === '' ? null : e.target.value)}>
            <option value="">{t('voteResults.allRooms')}</option>
            {round.roomIds.map((roomId) => (
              <option key={roomId} value={roomId}>
                {roomName(roomId)}
              </option>
            ))}
          </select>
        </div>
      )}
      <h3 id={`${id}-ranking`} className="vote-results-subtitle">
        {t('voteResults.ranking')}
      </h3>
      {results === null ? (
        <p className="hint">{t('voteResults.loading')}</p>
      ) : (
        <VoteResultsList rows={rows} labelledBy={`${id}-ranking`} voters={voters} roomName={multiRoom && filter === null ? roomName : null} readable={(roomId) => boards.has(roomId)} />
      )}
      {unranked > 0 && rows.length > 0 && (
        <p className="hint" data-testid="vote-unranked">
          {t('voteResults.unranked', { count: unranked })}
        </p>
      )}
      {!round.anonymous && (facilitator || voters) && <VoteResultsVoters round={round} shown={voters !== undefined} facilitator={facilitator} />}
      {facilitator && round.status === 'closed' && results !== null && multiRoom && filter === null && <p className="vote-keep-pick-room">{t('voteResults.keepPickRoom')}</p>}
      {facilitator && round.status === 'closed' && results !== null && (!multiRoom || filter !== null) && (
        <VoteResultsKeep
          key={`${round.voteId}:${filter ?? ''}`}
          round={round}
          rows={rows}
          roomId={filter ?? (multiRoom ? null : (round.roomIds[0] ?? null))}
          frames={boards.get(filter ?? round.roomIds[0] ?? '')?.frames ?? []}
          roomName={multiRoom ? roomName : null}
          zoneTitle={(roomId, frameId) => boards.get(roomId)?.frames.find((f) => f.id === frameId)?.title}
        />
      )}
    </div>
  );
}

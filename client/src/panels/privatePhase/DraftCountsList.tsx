import { useTranslation } from 'react-i18next';
import { useRoomDraftTally } from '../../state/usePrivatePhase';

interface DraftCountsListProps {
  roomId: string;
  /** each person with their count (« Marie · 3 »); without: the room's total only (anonymous workshops, for participants) */
  names?: boolean;
}

/**
 * How many ideas each person of the room has written during private writing — numbers, never
 * text: the counts the server writes into the workshop document. For facilitators, the room, the
 * dashboard and the 3-12-3 runner alike.
 */
export function DraftCountsList({ roomId, names = true }: DraftCountsListProps) {
  const { t } = useTranslation();
  const tally = useRoomDraftTally(roomId);
  return (
    <div className="draft-counts" data-testid="draft-counts" data-total={tally.total}>
      <p className="draft-counts-total">{t('privatePhase.total', { count: tally.total })}</p>
      {names && tally.people.length > 0 && (
        <ul className="draft-counts-list" aria-label={t('privatePhase.perPerson')}>
          {tally.people.map((p) => (
            <li key={p.participantId} data-testid="draft-count" data-participant-id={p.participantId} data-count={p.count} data-empty={p.count === 0 || undefined}>
              <span className="draft-counts-name">{p.name || t('privatePhase.someone')}</span>
              <span aria-hidden="true"> · </span>
              <span className="draft-counts-number">{p.count}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import type { VoteVoter } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import type { VoteResultRow } from '../../state/voteResultRows';

interface VoteResultsListProps {
  rows: readonly VoteResultRow[];
  labelledBy: string;
  /** a named round's voters, when this person may see them */
  voters: readonly VoteVoter[] | undefined;
  /** names each note's room (several rooms listed together), or null */
  roomName: ((roomId: string) => string) | null;
  /** whether this screen reads the room's board: a note it does not find there was deleted */
  readable: (roomId: string) => boolean;
}

/** « 1er », « 2e ex æquo »…: the place, shared by notes of equal count. */
export function useRankLabel(): (row: Pick<VoteResultRow, 'rank' | 'tied'>) => string {
  const { t } = useTranslation();
  return (row) => {
    const place = t('voteResults.rank', { count: row.rank, ordinal: true });
    return row.tied ? t('voteResults.tiedRank', { rank: place }) : place;
  };
}

/** The ranked notes: place, text, dots — and, in a named round, who put them. */
export function VoteResultsList({ rows, labelledBy, voters, roomName, readable }: VoteResultsListProps) {
  const { t } = useTranslation();
  const rankLabel = useRankLabel();
  if (rows.length === 0) return <p className="hint">{t('voteResults.empty')}</p>;
  const noteText = (row: VoteResultRow) =>
    row.text === null ? (readable(row.roomId) ? t('voteResults.deletedNote') : t('voteResults.otherRoomNote')) : row.text.trim() || t('voteResults.emptyNote');
  return (
    <ol className="vote-ranking" aria-labelledby={labelledBy} data-testid="vote-ranking">
      {rows.map((row) => {
        const by = voters?.filter((v) => (v.dots[row.noteId] ?? 0) > 0).map((v) => t('voteResults.voterDots', { name: v.name, count: v.dots[row.noteId] }));
        return (
          <li key={`${row.roomId}:${row.noteId}`} data-note-id={row.noteId} data-count={row.count} data-rank={row.rank}>
            <span className="vote-rank" data-tied={row.tied || undefined}>
              {rankLabel(row)}
            </span>
            <span className="vote-note-text" data-missing={row.text === null || undefined}>
              {noteText(row)}
              {roomName && <span className="vote-note-room"> · {roomName(row.roomId)}</span>}
              {by && by.length > 0 && <span className="vote-note-voters">{by.join(t('voteResults.votersSeparator'))}</span>}
            </span>
            <span className="vote-count">{t('voteResults.points', { count: row.count })}</span>
          </li>
        );
      })}
    </ol>
  );
}

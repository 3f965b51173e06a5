import { useTranslation } from 'react-i18next';
import { MAX_DRAWN_DOTS } from '../../canvas/voteControlsLayout';

interface VoteDotsRowProps {
  noteId: string;
  /** the start of the note's text, naming the note for screen readers */
  text: string;
  /** this person's dots on the note, as the server last answered */
  mine: number;
  /** requests on their way for this note (+ adds, − take-backs) */
  pending: number;
  /** a dot may still go here as far as this screen knows (the server decides) */
  open: boolean;
  onVote(noteId: string, kind: 'add' | 'remove'): void;
}

/** A note's « − », this person's dots and « + » in the notes list (44 px targets on a phone). */
export function VoteDotsRow({ noteId, text, mine, pending, open, onVote }: VoteDotsRowProps) {
  const { t } = useTranslation();
  const name = text.slice(0, 40) || t('notesList.empty');
  return (
    <div className="vote-row" role="group" aria-label={t('vote.row.label', { text: name })} data-my-dots={mine}>
      <button type="button" className="vote-row-button" aria-label={t('vote.row.remove', { text: name })} disabled={mine === 0} onClick={() => onVote(noteId, 'remove')}>
        −
      </button>
      <span className="vote-row-dots" aria-busy={pending !== 0 || undefined}>
        {mine <= MAX_DRAWN_DOTS ? Array.from({ length: mine }, (_, i) => <span key={i} className="vote-dot" data-spent aria-hidden="true" />) : <span className="vote-row-many" aria-hidden="true">{`●×${mine}`}</span>}
        {pending > 0 && <span className="vote-dot" data-pending aria-hidden="true" />}
        <span className="visually-hidden">{t('vote.row.mine', { count: mine })}</span>
      </span>
      <button type="button" className="vote-row-button" data-add aria-label={t('vote.row.add', { text: name })} aria-disabled={!open || undefined} onClick={() => onVote(noteId, 'add')}>
        +
      </button>
    </div>
  );
}

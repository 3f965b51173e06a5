import { BADGE_OUTLINES, NOTE_COLOR_FILLS, type Category, type Note } from '@essaim/shared';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CategorySelect } from './CategorySelect';
import { Icon } from './Icon';
import { VoteDotsRow } from './vote/VoteDotsRow';

interface NotesListItemProps {
  note: Note;
  selected: boolean;
  /** a phone's notes view: the note's colour, author and whether it can be edited are shown */
  reading: boolean;
  /** who wrote it, as shown ('' for nobody known) */
  author: string;
  editable: boolean;
  /** the title of the folded cluster hiding this note on the canvas, if any */
  foldedIn?: string;
  onSelect(id: string): void;
  /** a click on a wide screen: select, and show it if a folded cluster hides it */
  onShow(id: string): void;
  onOpen(id: string): void;
  onKeyDown(e: KeyboardEvent<HTMLButtonElement>, id: string): void;
  /** the board's category the note carries, shown as a badge */
  category?: Category;
  /** when reading a note one may edit: the board's categories to pick from */
  categories?: readonly Category[];
  onCategory?(id: string, categoryId: string | null): void;
  /** while a round is open here: whether it takes this note (`out`: faded) */
  voteScope?: 'in' | 'out';
  /** the person votes: their dots on this note, requests on their way, whether « + » may still take one */
  myDots?: number;
  pendingDots?: number;
  voteOpen?: boolean;
  onVote?(id: string, kind: 'add' | 'remove'): void;
  /** the note's count in the round whose results are shown */
  voteCount?: number;
}

/** One note of the notes list: its text, and when reading, its colour, author and a pencil if it is yours to edit. */
export const NotesListItem = memo(function NotesListItem({ note, selected, reading, author, editable, foldedIn, onSelect, onShow, onOpen, onKeyDown, category, categories, onCategory, voteScope, myDots, pendingDots = 0, voteOpen = true, onVote, voteCount }: NotesListItemProps) {
  const { t } = useTranslation();
  const { fill, stroke } = NOTE_COLOR_FILLS[note.color];
  return (
    <li data-note-id={note.id} data-room-name={note.room?.name} data-vote-scope={voteScope} data-vote-count={voteCount}>
      <button
        type="button"
        aria-pressed={selected}
        // the room of a plenary copy is drawn by CSS from this attribute: part of the
        // button's name for screen readers, while its text stays the note's own
        data-room-label={note.room ? t('notesList.fromRoom', { name: note.room.name }) : undefined}
        style={reading ? { background: fill, borderColor: stroke } : undefined}
        onFocus={() => onSelect(note.id)}
        onClick={() => (reading ? onOpen(note.id) : onShow(note.id))}
        onKeyDown={(e) => onKeyDown(e, note.id)}
      >
        <span className="notes-list-text">{note.text || t('notesList.empty')}</span>
        {foldedIn !== undefined && (
          <>
            {' '}
            <span className="visually-hidden">{t('notesList.inFolded', { title: foldedIn })}</span>
          </>
        )}
        {voteCount !== undefined && voteCount > 0 && <span className="vote-count-badge">{t('vote.count', { count: voteCount })}</span>}
        {voteScope === 'out' && <span className="visually-hidden">{t('vote.outOfScope')}</span>}
        {category && (
          <span className="note-category-badge" style={{ background: NOTE_COLOR_FILLS[category.color].fill, borderColor: BADGE_OUTLINES[category.color] }}>
            <span className="visually-hidden">{t('categories.badge')}</span>
            {category.name}
          </span>
        )}
        {reading && (
          <span className="notes-list-meta">
            <span className="notes-list-author">{author}</span>
            <span className="visually-hidden">{t(`colors.${note.color}`)}</span>
            {editable && (
              <span className="notes-list-edit">
                <Icon name="pencil" size={18} />
                <span className="visually-hidden">{t('notesList.editable')}</span>
              </span>
            )}
          </span>
        )}
      </button>
      {categories && categories.length > 0 && onCategory && (
        <CategorySelect
          className="notes-list-category"
          categories={categories}
          value={category?.id ?? null}
          label={t('categories.pickFor', { text: note.text.slice(0, 40) })}
          onChange={(categoryId) => onCategory(note.id, categoryId)}
        />
      )}
      {voteScope === 'in' && myDots !== undefined && onVote && <VoteDotsRow noteId={note.id} text={note.text} mine={myDots} pending={pendingDots} open={voteOpen} onVote={onVote} />}
    </li>
  );
});

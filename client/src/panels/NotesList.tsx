import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Note } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import { canEditNote, deleteSelection } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import type { BoardServices } from '../state/BoardServices';
import { notesListRows } from '../state/notesListRows';
import { revealNote } from '../state/outlineCommands';
import { showRefusal } from '../state/refusalMessage';
import { searchNotes } from '../state/searchNotes';
import { selectOnly, startEditing } from '../state/selection';
import { unfoldNoteCluster } from '../state/unfoldNoteCluster';
import { useEntries } from '../state/useEntries';
import { useNotes } from '../state/useNotes';
import { useAuthorNames } from '../state/usePresence';
import { useSeesAuthors } from '../state/useBoardAttention';
import { useCategories } from '../state/useCategories';
import { useNoteRights } from '../state/useRights';
import { useStore } from '../state/useStore';
import { useVoteView } from '../state/voting/useVoteView';
import { NoteComposer } from './NoteComposer';
import { NotesListItem } from './NotesListItem';
import { NotesSearch } from './NotesSearch';
import '../styles/notesListClusters.css';

const NO_NOTES: readonly Note[] = [];

const isFolded = (board: BoardServices, id: string) => {
  const groupId = board.notes.get(id)?.groupId;
  return groupId ? board.groups.get(groupId)?.collapsed === true : false;
};
/** Notes from which the list is built after the canvas. */
const LARGE_BOARD = 1000;

interface NotesListProps {
  /**
   * A phone's notes view: the list fills the screen, newest first, with each note's colour and
   * author, a search, and the « Nouvelle note » field; a tap opens the editor on a note of yours.
   */
  reading?: boolean;
}

/**
 * The notes as a list. On a wide screen it is for keyboard and screen-reader users (and
 * end-to-end tests): hidden until focused, in drawing order, live with the document. Focus or
 * click selects a note, Enter on it opens the editor, Delete removes the selection and moves to
 * the next note. On a phone it is where the room is read and written (`reading`). The notes of a
 * folded cluster are listed under it, as the canvas hides them in its card; a click, Enter or a
 * tap on one unfolds the cluster first (`unfoldNoteCluster`), as its toggle on the canvas would.
 */
export function NotesList({ reading = false }: NotesListProps) {
  const { t } = useTranslation();
  const board = useBoard();
  // A big board is drawn first and its list follows when idle; a usual one's list is never late
  // (Delete moves the focus to the next item, which must still be a note).
  const current = useNotes();
  const deferred = useDeferredValue(current, NO_NOTES);
  const notes = current.length > LARGE_BOARD ? deferred : current;
  const { ids } = useStore(board.selection);
  const names = useAuthorNames();
  const rights = useNoteRights();
  const categories = useCategories();
  const groups = useEntries(board.groups);
  const tag = useCallback((id: string, categoryId: string | null) => board.actions.setCategory([id], categoryId), [board]);
  const [query, setQuery] = useState('');
  const searched = useDeferredValue(query);
  const list = useRef<HTMLUListElement>(null);
  const vote = useVoteView();
  const onVote = useCallback((id: string, kind: 'add' | 'remove') => void board.voting.get()?.[kind](id), [board]);

  // an anonymous workshop signs no note for its participants, their own included
  const you = useSeesAuthors() ? t('notesList.you') : '';
  const authorOf = useCallback((note: Note) => (note.authorId === board.me.id ? you : (names.get(note.authorId) ?? '')), [board, names, you]);
  const shown = useMemo(() => (reading ? searchNotes(notes, searched, authorOf) : notes), [reading, notes, searched, authorOf]);

  const rows = useMemo(() => notesListRows(shown, groups), [shown, groups]);

  // a note opened from a folded cluster is drawn anew in its own row, unfolded: the focus goes after it
  const refocus = useRef<string | null>(null);
  // that focus is no choice of the user's: it does not select (which would close the editor opening)
  const refocusing = useRef(false);
  // focus selects; a click (or tap) is asking to see the note: a folded cluster opens, the view comes to it
  const select = useCallback(
    (id: string) => {
      if (!refocusing.current) board.selection.set((s) => selectOnly(s, id));
    },
    [board],
  );
  const show = useCallback((id: string) => (isFolded(board, id) && unfoldNoteCluster(board, id) ? revealNote(board, id) : select(id)), [board, select]);
  useLayoutEffect(() => {
    const id = refocus.current;
    const row = id === null ? null : list.current?.querySelector<HTMLElement>(`:scope > li[data-note-id="${CSS.escape(id)}"] > button`);
    if (!row) return;
    refocus.current = null;
    if (document.activeElement !== null && document.activeElement !== document.body) return;
    refocusing.current = true;
    row.focus();
    refocusing.current = false;
  });
  const unfold = useCallback(
    (id: string) => {
      const folded = isFolded(board, id);
      // (the re-render waits for the end of the event: the ref is set before it)
      refocus.current = unfoldNoteCluster(board, id) && folded ? id : null;
    },
    [board],
  );
  const open = useCallback(
    (id: string) => {
      unfold(id);
      board.selection.set((s) => (canEditNote(board, id) ? startEditing(s, id) : selectOnly(s, id)));
    },
    [board, unfold],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLButtonElement>, id: string) => {
      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
        e.preventDefault(); // no synthetic click: Enter means « edit », a click means « select »
        unfold(id);
        const editable = canEditNote(board, id);
        board.selection.set((s) => (editable && s.ids.size === 1 && s.ids.has(id) ? startEditing(s, id) : selectOnly(s, id)));
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        // keep the keyboard user in the list: focus (and so select) the next note, or the previous
        const items = [...(list.current?.querySelectorAll('li[data-note-id]') ?? [])];
        const at = items.indexOf(e.currentTarget.closest('li[data-note-id]')!);
        const neighbour = (items[at + 1] ?? items[at - 1])?.querySelector('button');
        if (deleteSelection(board) > 0) neighbour?.focus();
        else showRefusal(board, 'remove');
      }
    },
    [board, t, unfold],
  );
  // a note just written is the newest: show the top of the whole list, where it is
  const onAdded = useCallback(() => {
    setQuery('');
    list.current?.scrollTo({ top: 0 });
  }, []);

  const item = (note: Note, foldedIn?: string) => {
    const inScope = vote.round ? vote.inScope(note) : null;
    const mine = vote.myDots[note.id] ?? 0;
    return (
      <NotesListItem
        key={note.id}
        note={note}
        selected={ids.has(note.id)}
        reading={reading}
        author={reading ? authorOf(note) : ''}
        editable={reading && rights.get(note.id)?.edit === true}
        foldedIn={foldedIn}
        onSelect={select}
        onShow={show}
        onOpen={open}
        onKeyDown={onKeyDown}
        category={note.categoryId ? categories.find((c) => c.id === note.categoryId) : undefined}
        categories={reading && rights.get(note.id)?.edit === true ? categories : undefined}
        onCategory={tag}
        voteScope={inScope === null ? undefined : inScope ? 'in' : 'out'}
        myDots={vote.voting ? mine : undefined}
        pendingDots={vote.pending.get(note.id) ?? 0}
        voteOpen={vote.dotsLeft === null || (vote.dotsLeft > 0 && mine < (vote.round?.maxPerNote ?? 0))}
        onVote={onVote}
        voteCount={vote.counts?.get(note.id)}
      />
    );
  };

  const empty = reading && shown.length === 0;
  return (
    <section className="notes-list-panel" data-reading={reading || undefined}>
      <h2 className="visually-hidden">{t('notesList.title')}</h2>
      {reading ? (
        <NotesSearch query={query} onQuery={setQuery} found={shown.length} total={notes.length} />
      ) : (
        <p className="notes-list-hint">
          {t('notesList.hint')}
          {vote.voting && ` ${t('vote.listHint')}`}
        </p>
      )}
      <ul ref={list} aria-label={t('notesList.label')} data-testid="notes-list">
        {rows.map((row) =>
          row.kind === 'note' ? (
            item(row.note)
          ) : (
            <li key={`folded-${row.group.id}`} className="notes-list-cluster" data-cluster-id={row.group.id}>
              <p className="notes-list-cluster-title" id={`folded-${row.group.id}`}>
                {t('notesList.folded', { title: row.group.title || t('clusters.untitled'), count: row.notes.length })}
              </p>
              <ul aria-labelledby={`folded-${row.group.id}`}>{row.notes.map((note) => item(note, row.group.title || t('clusters.untitled')))}</ul>
            </li>
          ),
        )}
      </ul>
      {empty && <p className="notes-list-empty">{searched.trim() ? t('notesList.noMatch', { query: searched.trim() }) : t('notesList.none')}</p>}
      {reading && <NoteComposer onAdded={onAdded} />}
    </section>
  );
}

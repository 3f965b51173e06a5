import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { matchPosition, stepMatch } from '../state/canvasSearch';
import { revealNote } from '../state/outlineCommands';
import { useSearchMatches } from '../state/useSearchMatches';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';
import { noteLabel } from './outline/OutlineNoteItem';

/**
 * Search on the canvas: the matching notes are outlined (`SearchLayer`), Enter and Shift+Enter
 * (or the arrows) bring the next or previous one into view and select it, Escape empties the
 * field; Ctrl/Cmd+F on the board comes here. Accents and case are ignored, as in the notes list.
 */
export function CanvasSearch() {
  const { t } = useTranslation();
  const board = useBoard();
  const search = useStore(board.search);
  const matches = useSearchMatches();
  const field = useRef<HTMLInputElement>(null);
  const statusId = useId();

  useEffect(() => {
    if (search.focusRequest === 0) return;
    field.current?.focus();
    field.current?.select();
  }, [search.focusRequest]);

  const jump = (direction: 1 | -1) => {
    const id = stepMatch(matches, board.search.get().currentId, direction);
    if (!id) return;
    board.search.set((s) => ({ ...s, currentId: id }));
    revealNote(board, id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      jump(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      // one Escape empties the search and gives the keys back to the board (N, Z, T…)
      if (search.query) board.search.set((s) => ({ ...s, query: '', currentId: null }));
      field.current?.blur();
    }
  };

  const position = matchPosition(matches, search.currentId);
  const current = position > 0 ? matches[position - 1] : undefined;
  const hasQuery = search.query.trim() !== '';
  const shown = !hasQuery ? '' : matches.length === 0 ? t('search.none') : position > 0 ? t('search.position', { current: position, total: matches.length }) : t('search.found', { count: matches.length });
  const spoken = !hasQuery
    ? ''
    : current
      ? t('search.spokenPosition', { current: position, total: matches.length, text: noteLabel(current.text, t('notesList.empty')) })
      : shown;
  return (
    <div className="canvas-search" role="search" aria-label={t('search.region')} data-testid="canvas-search">
      <Icon name="search" size={18} />
      <input
        ref={field}
        type="search"
        value={search.query}
        aria-label={t('search.label')}
        aria-describedby={statusId}
        aria-keyshortcuts="Control+F Meta+F"
        placeholder={t('search.placeholder')}
        enterKeyHint="search"
        autoComplete="off"
        onChange={(e) => board.search.set((s) => ({ ...s, query: e.target.value, currentId: null }))}
        onKeyDown={onKeyDown}
      />
      <span className="canvas-search-count" aria-hidden="true" data-testid="search-count">
        {shown}
      </span>
      <span id={statusId} className="visually-hidden" aria-live="polite">
        {spoken}
      </span>
      <button type="button" className="tool" aria-label={t('search.previous')} title={t('search.previous')} disabled={matches.length === 0} onClick={() => jump(-1)}>
        <Icon name="chevronUp" size={18} />
      </button>
      <button type="button" className="tool" aria-label={t('search.next')} title={t('search.next')} disabled={matches.length === 0} onClick={() => jump(1)}>
        <Icon name="chevronDown" size={18} />
      </button>
    </div>
  );
}

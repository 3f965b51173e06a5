import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface NotesSearchProps {
  query: string;
  onQuery(query: string): void;
  /** notes shown for the query, out of `total` */
  found: number;
  total: number;
}

/** The search field of a phone's notes list (accents ignored: see `searchNotes`), with how many notes it shows. */
export function NotesSearch({ query, onQuery, found, total }: NotesSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="notes-list-head">
      <div className="notes-search">
        <Icon name="search" />
        <input
          id={id}
          type="search"
          value={query}
          aria-label={t('notesList.search')}
          placeholder={t('notesList.searchPlaceholder')}
          enterKeyHint="search"
          autoComplete="off"
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || !query) return;
            e.stopPropagation(); // Escape empties the search first
            onQuery('');
          }}
        />
      </div>
      <p className="notes-list-count" aria-live="polite">
        {/* no count on an empty board: the list says « Pas encore de note sur ce tableau. » already */}
        {query.trim() ? t('notesList.found', { count: found, total }) : total > 0 ? t('notesList.count', { count: total }) : ''}
      </p>
    </div>
  );
}

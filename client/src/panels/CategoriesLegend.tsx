import { NOTE_COLOR_FILLS } from '@essaim/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../state/useCategories';
import { useNarrowScreen } from './useNarrowScreen';

/** The board's categories and their colours, over the board; folds to one line (folded at first on a phone). */
export function CategoriesLegend() {
  const { t } = useTranslation();
  const categories = useCategories();
  const narrow = useNarrowScreen();
  const [open, setOpen] = useState<boolean | null>(null);
  const id = useId();
  if (categories.length === 0) return null;
  const expanded = open ?? !narrow;
  return (
    <section className="categories-legend" aria-labelledby={`${id}-title`} data-testid="categories-legend">
      <h2 className="visually-hidden" id={`${id}-title`}>
        {t('categories.legend')}
      </h2>
      <button type="button" className="legend-toggle" aria-expanded={expanded} aria-controls={`${id}-list`} onClick={() => setOpen(!expanded)}>
        {t('categories.legendToggle', { count: categories.length })}
      </button>
      {expanded && (
        <ul id={`${id}-list`}>
          {categories.map((c) => (
            <li key={c.id}>
              <span className="legend-mark" style={{ background: NOTE_COLOR_FILLS[c.color].fill, borderColor: NOTE_COLOR_FILLS[c.color].stroke }} aria-hidden="true" />
              <span>{c.name}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

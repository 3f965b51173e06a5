import { CATEGORIES_MAX, CATEGORY_NAME_MAX, NOTE_COLORS, type Category, type NoteColor } from '@essaim/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { withCategory, withChange, withMoved, withoutCategory } from '../state/categoryCommands';
import { useCategories } from '../state/useCategories';
import { Icon } from './Icon';

/** Facilitators: the board's categories (a territory, a theme, a stakeholder group) — add, rename, recolour, reorder, delete. */
export function CategoriesEditor() {
  const { t } = useTranslation();
  const board = useBoard();
  const categories = useCategories();
  const id = useId();
  const [name, setName] = useState('');
  if (board.actor.role !== 'facilitator') return null;

  const write = (list: Category[]) => board.actions.setCategories(list);
  const full = categories.length >= CATEGORIES_MAX;
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || full) return;
    write(withCategory(categories, name));
    setName('');
  };
  return (
    <>
      <button type="button" className="tool categories-button" popoverTarget={id} title={t('categories.title')}>
        <Icon name="template" />
        <span className="tool-label">{t('categories.button')}</span>
      </button>
      <div id={id} popover="auto" className="menu-popover categories-popover" role="dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('categories.title')}</h2>
        <p className="hint">{t('categories.intro')}</p>
        {categories.length > 0 && (
          <ol className="categories-rows">
            {categories.map((c, i) => (
              <CategoryRow
                key={c.id}
                category={c}
                first={i === 0}
                last={i === categories.length - 1}
                onChange={(patch) => write(withChange(categories, c.id, patch))}
                onMove={(by) => write(withMoved(categories, c.id, by))}
                onDelete={() => write(withoutCategory(categories, c.id))}
              />
            ))}
          </ol>
        )}
        <form className="categories-add" onSubmit={add}>
          <label htmlFor={`${id}-new`}>{t('categories.newLabel')}</label>
          <div className="categories-add-row">
            <input id={`${id}-new`} value={name} maxLength={CATEGORY_NAME_MAX} disabled={full} placeholder={t('categories.newPlaceholder')} onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="button primary" disabled={full || !name.trim()}>
              {t('categories.add')}
            </button>
          </div>
          {full && <p className="hint">{t('categories.full', { max: CATEGORIES_MAX })}</p>}
        </form>
      </div>
    </>
  );
}

interface CategoryRowProps {
  category: Category;
  first: boolean;
  last: boolean;
  onChange(patch: Partial<Omit<Category, 'id'>>): void;
  onMove(by: number): void;
  onDelete(): void;
}

/** One category: its name (written when the field is left or Enter pressed), colour, place and removal. */
function CategoryRow({ category, first, last, onChange, onMove, onDelete }: CategoryRowProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(category.name);
  const commit = () => {
    const name = draft.trim();
    if (name && name !== category.name) onChange({ name });
    else setDraft(category.name);
  };
  const named = { name: category.name };
  return (
    <li className="category-row">
      <input
        className="category-name"
        aria-label={t('categories.nameOf', named)}
        value={draft}
        maxLength={CATEGORY_NAME_MAX}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      <select className={`category-color swatch-${category.color}`} aria-label={t('categories.colorOf', named)} value={category.color} onChange={(e) => onChange({ color: e.target.value as NoteColor })}>
        {NOTE_COLORS.map((c) => (
          <option key={c} value={c}>
            {t(`colors.${c}`)}
          </option>
        ))}
      </select>
      <button type="button" className="icon-button" disabled={first} aria-label={t('categories.up', named)} title={t('categories.up', named)} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" className="icon-button" disabled={last} aria-label={t('categories.down', named)} title={t('categories.down', named)} onClick={() => onMove(1)}>
        ↓
      </button>
      <button type="button" className="icon-button danger" aria-label={t('categories.delete', named)} title={t('categories.delete', named)} onClick={onDelete}>
        <Icon name="trash" size={18} />
      </button>
    </li>
  );
}

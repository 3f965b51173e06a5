import { NOTE_COLOR_FILLS, type Category } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import type { SelectionCategory } from '../state/categoryCommands';

const MIXED = '\u0000mixed';

interface CategorySelectProps {
  categories: readonly Category[];
  value: SelectionCategory;
  onChange(categoryId: string | null): void;
  label: string;
  className?: string;
}

/** A native menu of the board's categories (and « Sans catégorie »): one tap on a phone, arrows on a keyboard. */
export function CategorySelect({ categories, value, onChange, label, className = '' }: CategorySelectProps) {
  const { t } = useTranslation();
  const current = value === 'mixed' ? undefined : categories.find((c) => c.id === value);
  return (
    <select
      className={`category-select ${className}`}
      aria-label={label}
      title={label}
      value={value === 'mixed' ? MIXED : (value ?? '')}
      style={current ? { borderLeftColor: NOTE_COLOR_FILLS[current.color].stroke } : undefined}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
    >
      {value === 'mixed' && (
        <option value={MIXED} disabled>
          {t('categories.mixed')}
        </option>
      )}
      <option value="">{t('categories.none')}</option>
      {categories.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}

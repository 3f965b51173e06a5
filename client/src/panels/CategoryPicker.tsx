import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { applyCategory, selectionCategory } from '../state/categoryCommands';
import { showRefusal } from '../state/refusalMessage';
import { useCategories } from '../state/useCategories';
import { useNotes } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { CategorySelect } from './CategorySelect';

/** The category of the selected notes, beside the colours; shown once the board has categories and notes are selected. */
export function CategoryPicker() {
  const { t } = useTranslation();
  const board = useBoard();
  const categories = useCategories();
  const { ids } = useStore(board.selection);
  // re-read when a selected note is tagged here or elsewhere
  useNotes();
  if (categories.length === 0 || ids.size === 0) return null;
  return (
    <CategorySelect
      className="toolbar-category"
      categories={categories}
      value={selectionCategory(board, ids, categories)}
      label={t('categories.pick')}
      onChange={(id) => {
        if (applyCategory(board, id) > 0) showRefusal(board, 'edit');
      }}
    />
  );
}

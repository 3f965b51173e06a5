import { Icon } from '../Icon';

interface OutlineAddButtonProps {
  /** the whole name, e.g. « Ajouter une note dans « Mobilité » » */
  label: string;
  /** what shows beside the + */
  short: string;
  disabled?: boolean;
  onAdd(): void;
}

/** A small « + » button of the outline whose name says what it adds, and where. */
export function OutlineAddButton({ label, short, disabled, onAdd }: OutlineAddButtonProps) {
  return (
    <button type="button" className="tool outline-add" aria-label={label} title={label} disabled={disabled} onClick={onAdd}>
      <Icon name="plus" size={16} />
      <span aria-hidden="true">{short}</span>
    </button>
  );
}

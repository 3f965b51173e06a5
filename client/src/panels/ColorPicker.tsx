import { NOTE_COLORS, NOTE_COLOR_FILLS } from '@essaim/shared';
import { useTranslation } from 'react-i18next';
import { applyColor, permittedSelection } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import { showRefusal } from '../state/refusalMessage';
import { useStore } from '../state/useStore';

/** The seven note colours: the colour of new notes, applied to the selection as far as the board's rules allow. */
export function ColorPicker() {
  const { t } = useTranslation();
  const board = useBoard();
  const { color } = useStore(board.ui);
  return (
    <div className="color-picker" role="group" aria-label={t('toolbar.colors')}>
      {NOTE_COLORS.map((c) => (
        <button
          key={c}
          type="button"
          className="swatch"
          aria-label={t(`colors.${c}`)}
          title={t(`colors.${c}`)}
          aria-pressed={color === c}
          style={{ background: NOTE_COLOR_FILLS[c].fill, borderColor: NOTE_COLOR_FILLS[c].stroke }}
          // keep the editor open when repainting the note being written
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            // the notes this person may not recolour keep their colour: say so rather than nothing
            const refused = board.selection.get().ids.size - permittedSelection(board, 'edit').length;
            applyColor(board, c);
            if (refused > 0) showRefusal(board, 'recolour');
          }}
        />
      ))}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { endFocus, focusSelection, focusTarget, isFocused } from '../../state/attentionCommands';
import { attentionSender } from '../../state/boardAttention';
import { useBoard } from '../../state/BoardContext';
import { useBoardAttention } from '../../state/useBoardAttention';
import { useNotes } from '../../state/useNotes';
import { useStore } from '../../state/useStore';
import { Icon } from '../Icon';

/**
 * A facilitator's « Mettre en lumière » when one note, one cluster or one zone is selected, and
 * « Fin de la mise en lumière » while the room's spotlight is on what is selected, or on anything
 * when nothing else could be put there.
 */
export function FocusButton() {
  const { t } = useTranslation();
  const board = useBoard();
  const send = useStore(attentionSender(board));
  const { focus } = useBoardAttention();
  useStore(board.selection);
  useNotes(); // a cluster is recognised from its notes
  if (!send) return null;
  const target = focusTarget(board);
  if (focus && (!target || isFocused(board, target))) {
    return (
      <button type="button" className="tool" aria-pressed="true" onClick={() => void endFocus(board)}>
        <Icon name="spotlight" />
        <span className="tool-label">{t('attention.endFocus')}</span>
      </button>
    );
  }
  if (!target) return null;
  return (
    <button type="button" className="tool" title={t('attention.focusHint')} onClick={() => void focusSelection(board)}>
      <Icon name="spotlight" />
      <span className="tool-label">{t('attention.focus')}</span>
    </button>
  );
}

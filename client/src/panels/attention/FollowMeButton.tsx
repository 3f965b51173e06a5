import { useTranslation } from 'react-i18next';
import { setFollowMe } from '../../state/attentionCommands';
import { attentionSender } from '../../state/boardAttention';
import { useBoard } from '../../state/BoardContext';
import { useFollowRole } from '../../state/useBoardAttention';
import { useStore } from '../../state/useStore';
import { Icon } from '../Icon';

/** « Suivez-moi » in a facilitator's toolbar: pressed while the room's views follow this person's. */
export function FollowMeButton() {
  const { t } = useTranslation();
  const board = useBoard();
  const send = useStore(attentionSender(board));
  const leading = useFollowRole() === 'leading';
  if (!send) return null;
  return (
    <button
      type="button"
      className="tool"
      aria-pressed={leading}
      title={t(leading ? 'attention.stopHint' : 'attention.followMeHint')}
      onClick={() => void setFollowMe(board, !leading)}
    >
      <Icon name="follow" />
      <span className="tool-label">{t('attention.followMe')}</span>
    </button>
  );
}

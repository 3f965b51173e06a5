import { useTranslation } from 'react-i18next';
import { endFocus, setFollowMe } from '../../state/attentionCommands';
import { followAgain } from '../../state/attentionView';
import { attentionSender } from '../../state/boardAttention';
import { useBoard } from '../../state/BoardContext';
import { useBoardAttention, useFollowRole } from '../../state/useBoardAttention';
import { useFocusRect } from '../../state/useFocusRect';
import { useStore } from '../../state/useStore';
import { Icon } from '../Icon';

/**
 * Over the canvas, what the room is asked to look at: the spotlight (and, for facilitators, its
 * end), and « Suivez-moi » as this person stands in it — leading (« Arrêter »), following, or no
 * longer following after a pan of their own (« Suivre à nouveau »). A polite live region, kept in
 * place so screen readers hear each change.
 */
export function AttentionBanner() {
  const { t } = useTranslation();
  const board = useBoard();
  const { focus } = useBoardAttention();
  const focused = useFocusRect() !== null;
  const role = useFollowRole();
  const directs = useStore(attentionSender(board)) !== null;
  return (
    <div className="attention-banners" role="status" data-testid="attention-banners">
      {focus && focused && (
        <p className="attention-banner" data-testid="focus-banner">
          <Icon name="spotlight" />
          <span>{t(focus.by === board.me.id ? `attention.focusByMe.${focus.kind}` : `attention.focusBanner.${focus.kind}`)}</span>
          {directs && (
            <button type="button" className="tool small" onClick={() => void endFocus(board)}>
              {t('attention.endFocus')}
            </button>
          )}
        </p>
      )}
      {role === 'leading' && (
        <p className="attention-banner" data-testid="follow-banner">
          <Icon name="follow" />
          <span>{t('attention.leading')}</span>
          <button type="button" className="tool small" title={t('attention.stopHint')} onClick={() => void setFollowMe(board, false)}>
            {t('attention.stop')}
          </button>
        </p>
      )}
      {role === 'following' && (
        <p className="attention-banner" data-testid="follow-banner">
          <Icon name="follow" />
          <span>{t('attention.following')}</span>
        </p>
      )}
      {role === 'detached' && (
        <p className="attention-banner" data-testid="follow-banner">
          <Icon name="follow" />
          <span>{t('attention.detached')}</span>
          <button type="button" className="tool small" onClick={() => followAgain(board)}>
            {t('attention.followAgain')}
          </button>
        </p>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { usePolicy } from '../../state/useRights';
import { Icon } from '../Icon';

/** Under the top bar while the room's ended timer holds the board: why nothing can be written, and until when. */
export function TimeUpBanner() {
  const { t } = useTranslation();
  const { timeUp } = usePolicy();
  if (!timeUp) return null;
  return (
    // not a live region: the timer badge announces it once
    <div className="time-up-banner" data-testid="time-up-banner">
      <Icon name="lock" size={18} />
      <span>{t('timer.lockedTimeUp')}</span>
    </div>
  );
}

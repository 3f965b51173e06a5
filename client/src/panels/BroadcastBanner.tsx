import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBannerVisible, loadDismissed, saveDismissed } from '../state/broadcastDismissal';
import { useWorkshop } from '../state/WorkshopContext';
import { useWorkshopSettings } from '../state/useWorkshopSettings';
import { Icon } from './Icon';

/**
 * The animation's message to every room, until this person closes it; a new message shows
 * again. The element stays in place (hidden when empty) so screen readers hear new messages.
 */
export function BroadcastBanner() {
  const { t } = useTranslation();
  const { workshopId } = useWorkshop();
  const { broadcast } = useWorkshopSettings();
  const [dismissed, setDismissed] = useState(() => loadDismissed(workshopId));
  const visible = isBannerVisible(broadcast, dismissed);
  const dismiss = () => {
    if (!broadcast) return;
    saveDismissed(workshopId, broadcast.id);
    setDismissed(broadcast.id);
  };
  return (
    <div className="broadcast-banner" role="status" data-testid="broadcast-banner" hidden={!visible}>
      {visible && (
        <>
          <Icon name="megaphone" />
          <p>{broadcast.text}</p>
          <button type="button" className="tool" aria-label={t('broadcast.dismiss')} title={t('broadcast.dismiss')} onClick={dismiss}>
            <Icon name="close" size={18} />
          </button>
        </>
      )}
    </div>
  );
}

import { useEffect } from 'react';
import { toast } from 'sonner';
import { translate } from '../i18n/i18n';
import type { DocConnection } from './DocConnection';
import { closeNotice } from './connectionState';

/** The id of the toast shown for a close code, so a flow that resolves the cause can take it down. */
export const syncToastId = (code: number): string => `sync-${code}`;

/**
 * One toast per server close worth explaining (a refusal offers to join again, an outdated client
 * to reload the page), and when the network goes and comes back.
 */
export function useSyncToasts(connection: Pick<DocConnection, 'onServerClose'>, onRejoin: () => void): void {
  useEffect(() => {
    const stop = connection.onServerClose((code) => {
      const notice = closeNotice(code);
      if (!notice) return;
      // the same id replaces the toast instead of stacking one per reconnection attempt
      const id = syncToastId(code);
      if (notice.action === 'reload') {
        toast.info(translate(notice.key), { id, duration: Infinity, action: { label: translate('common.reload'), onClick: () => location.reload() } });
      } else if (notice.permanent) {
        toast.error(translate(notice.key), { id, duration: Infinity, action: { label: translate('sync.rejoin'), onClick: onRejoin } });
      } else {
        toast.warning(translate(notice.key), { id, duration: 6000 });
      }
    });
    const onOffline = () => toast.warning(translate('sync.offline'), { id: 'network' });
    const onOnline = () => toast.success(translate('sync.backOnline'), { id: 'network' });
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    // a page opened without network gets no `offline` event, and on a phone the badge is only a dot
    if (!navigator.onLine) onOffline();
    return () => {
      stop();
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }, [connection, onRejoin]);
}

import { useTranslation } from 'react-i18next';
import type { ConnectionSource } from '../sync/DocConnection';
import { useConnectionState } from '../sync/useConnectionState';

/** « Connecté » / « Reconnexion… » / « Hors ligne »; `data-state` is what tests and styles read. */
export function ConnectionBadge({ connection }: { connection: ConnectionSource }) {
  const { t } = useTranslation();
  const { state, refusedCode } = useConnectionState(connection);
  const hint = refusedCode !== null ? t('connection.hint.refused') : t(`connection.hint.${state}`);
  return (
    <span className="connection-badge" data-testid="connection-status" data-state={state} role="status" title={hint}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{t(`connection.${state}`)}</span>
    </span>
  );
}

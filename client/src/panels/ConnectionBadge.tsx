import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { useConnectionState } from '../sync/useConnectionState';

/** « Connecté » / « Reconnexion… » / « Hors ligne »; `data-state` is what tests and styles read. */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const { connection } = useBoard();
  const { state, refusedCode } = useConnectionState(connection);
  const hint = refusedCode !== null ? t('connection.hint.refused') : t(`connection.hint.${state}`);
  return (
    <span className="connection-badge" data-testid="connection-status" data-state={state} role="status" title={hint}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{t(`connection.${state}`)}</span>
    </span>
  );
}

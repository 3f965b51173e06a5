import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { useCanCreate, usePolicy } from '../state/useRights';

/** Says why nothing can be added: an observer's seat, a board the facilitator locked, or the room's timer that ended and locks it. */
export function ReadOnlyBadge() {
  const { t } = useTranslation();
  const { actor } = useBoard();
  const policy = usePolicy();
  const canCreate = useCanCreate();
  if (canCreate) return null;
  const key = actor.role === 'observer' ? 'topbar.readOnly' : policy.timeUp ? 'topbar.timeUp' : policy.locked ? 'topbar.locked' : 'topbar.readOnly';
  return (
    <span className="read-only-badge" data-testid="read-only" data-time-up={policy.timeUp || undefined} title={t(`${key}Hint`)}>
      {t(key)}
    </span>
  );
}

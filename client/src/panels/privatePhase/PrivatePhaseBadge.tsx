import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import { useRoomDraftTally, useRoomPhase } from '../../state/usePrivatePhase';
import { Icon } from '../Icon';
import { DraftCountsList } from './DraftCountsList';
import { PrivatePhaseControls } from './PrivatePhaseControls';

/**
 * « Écriture individuelle » in a board's top bar, for facilitators (start it here or everywhere,
 * see the counts, « Révéler ») and, while it runs, observers (the counts). Participants write in
 * their own panel instead.
 */
export function PrivatePhaseBadge() {
  const { t } = useTranslation();
  const board = useBoard();
  const { roomId } = board.session;
  const facilitator = board.actor.role === 'facilitator';
  const phase = useRoomPhase(roomId);
  const active = phase?.active === true;
  const { total } = useRoomDraftTally(roomId);
  const id = useId();
  if (board.actor.role === 'participant' || (!facilitator && !active)) return null;
  return (
    <>
      <button
        type="button"
        className="tool private-badge"
        data-testid="private-badge"
        data-active={active || undefined}
        popoverTarget={id}
        aria-label={active ? `${t('privatePhase.title')} · ${t('privatePhase.total', { count: total })}` : t('privatePhase.title')}
        title={t('privatePhase.title')}
      >
        <Icon name="pencil" />
        <span className="tool-label">{t('privatePhase.short')}</span>
        {active && <span className="private-badge-count">{total}</span>}
      </button>
      <div id={id} popover="auto" className="menu-popover private-popover" role="dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('privatePhase.title')}</h2>
        {facilitator ? (
          <PrivatePhaseControls roomId={roomId} scopeChoice />
        ) : (
          <>
            <p className="private-status">{t('privatePhase.running', { question: phase?.question ?? '' })}</p>
            <DraftCountsList roomId={roomId} names={false} />
          </>
        )}
      </div>
    </>
  );
}

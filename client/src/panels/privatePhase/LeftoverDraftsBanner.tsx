import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { translate } from '../../i18n/i18n';
import { useBoard } from '../../state/BoardContext';
import type { DraftsSession } from '../../state/DraftsSession';
import { putLeftoversOnBoard } from '../../state/leftoverDrafts';
import { useStore } from '../../state/useStore';
import { ConfirmButton } from '../ConfirmButton';
import { Icon } from '../Icon';

/**
 * After a phase: the ideas this device wrote that never reached the server (offline, or after the
 * reveal) — « Vous aviez 2 idées non envoyées » — put on the board as normal notes, or given up.
 * Until then they stay on this device.
 */
export function LeftoverDraftsBanner({ session }: { session: DraftsSession }) {
  const { t } = useTranslation();
  const board = useBoard();
  const state = useStore(session.state);
  const [pending, setPending] = useState(false);
  if (state.kind !== 'leftovers') return null;
  const count = state.notes.length;
  const add = async () => {
    setPending(true);
    try {
      if (await session.addLeftovers((notes) => putLeftoversOnBoard(board, notes))) toast.success(translate('privatePhase.leftoversAdded', { count }));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="leftover-banner" role="status" data-testid="leftover-drafts">
      <Icon name="note" />
      <span>{t('privatePhase.leftovers', { count })}</span>
      <button type="button" className="button primary small" disabled={pending} onClick={() => void add()}>
        {t('privatePhase.leftoversAdd')}
      </button>
      <ConfirmButton
        className="button secondary small"
        title={t('privatePhase.leftoversDropTitle', { count })}
        message={t('privatePhase.leftoversDropText')}
        confirmLabel={t('privatePhase.leftoversDrop')}
        danger
        disabled={pending}
        onConfirm={() => session.dropLeftovers()}
      >
        {t('privatePhase.leftoversDrop')}
      </ConfirmButton>
    </div>
  );
}

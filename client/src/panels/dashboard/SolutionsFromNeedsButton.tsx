import type { RoomEntry } from '@essaim/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { solutionsActions } from '../../state/solutionsActions';
import { useWorkshop } from '../../state/WorkshopContext';
import { Icon } from '../Icon';

/**
 * « Solutions par besoin prioritaire »: beside the room's needs map, one column of solutions per
 * need of its « 3 besoins prioritaires » zone (the server reads them again and writes nothing twice).
 */
export function SolutionsFromNeedsButton({ room, needs }: { room: RoomEntry; needs: readonly string[] }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    await solutionsActions.fromNeeds(ws, room);
    setBusy(false);
  };
  return (
    <button
      type="button"
      className="button secondary small"
      disabled={busy}
      aria-busy={busy}
      title={t('templates.solutionsHint', { name: room.name, needs: needs.join(' · ') })}
      data-testid="solutions-from-needs"
      onClick={() => void add()}
    >
      <Icon name="template" size={16} />
      {t('templates.solutions')}
    </button>
  );
}

import type { RoomEntry } from '@essaim/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshop } from '../../state/WorkshopContext';
import { workshopActions } from '../../state/workshopActions';
import { ConfirmButton } from '../ConfirmButton';
import { Icon } from '../Icon';
import { ApplyTemplateButton } from './ApplyTemplateButton';
import { SaveTemplateButton } from './SaveTemplateButton';
import { SolutionsFromNeedsButton } from './SolutionsFromNeedsButton';

/**
 * « Entrer »; for facilitators « Modèle » on an empty board (no notes, zones or headings; the server checks it holds nothing at all),
 * « Solutions par besoin prioritaire » when `needs` (the board's priority needs, without solutions columns yet),
 * « Enregistrer comme modèle », and in a breakout room « Copier en plénière » (the notes stay in the room too) and « Supprimer ».
 */
export function RoomCardActions({
  room,
  noteCount,
  empty,
  needs,
  canManage,
  onEnter,
}: {
  room: RoomEntry;
  noteCount: number;
  empty: boolean;
  needs: readonly string[];
  canManage: boolean;
  onEnter: () => void;
}) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const [copying, setCopying] = useState(false);
  const copy = async () => {
    setCopying(true);
    await workshopActions.copyToPlenary(ws, room);
    setCopying(false);
  };
  return (
    <div className="room-card-actions">
      <button type="button" className="button secondary small" onClick={onEnter}>
        <Icon name="enter" size={16} />
        {t('dashboard.enter')}
      </button>
      {canManage && empty && <ApplyTemplateButton room={room} />}
      {canManage && needs.length > 0 && <SolutionsFromNeedsButton room={room} needs={needs} />}
      {canManage && <SaveTemplateButton room={room} />}
      {canManage && !room.plenary && (
        <>
          <button
            type="button"
            className="button secondary small"
            disabled={copying || noteCount === 0}
            aria-busy={copying}
            title={t('plenaryCopy.roomHint', { name: room.name })}
            onClick={() => void copy()}
          >
            <Icon name="plenary" size={16} />
            {t('plenaryCopy.room')}
          </button>
          <ConfirmButton
            className="tool small danger"
            buttonTitle={t('dashboard.remove', { name: room.name })}
            title={t('dashboard.removeTitle', { name: room.name })}
            message={t('dashboard.removeText')}
            confirmLabel={t('dashboard.removeConfirm')}
            danger
            onConfirm={() => workshopActions.removeRoom(ws, room)}
          >
            <Icon name="trash" size={16} />
            <span className="visually-hidden">{t('dashboard.remove', { name: room.name })}</span>
          </ConfirmButton>
        </>
      )}
    </div>
  );
}

import { MAX_BREAKOUT_ROOMS, ROOM_NAME_MAX } from '@essaim/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRooms } from '../../state/useRooms';
import { useWorkshop } from '../../state/WorkshopContext';
import { workshopActions } from '../../state/workshopActions';
import { Icon } from '../Icon';

/** « Ajouter une salle », named or « Salle N » by default. */
export function AddRoomForm() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const rooms = useRooms();
  const id = useId();
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const breakout = rooms.filter((r) => !r.plenary).length;
  const full = breakout >= MAX_BREAKOUT_ROOMS;
  const fallback = t('dashboard.defaultRoomName', { n: breakout + 1 });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    if (await workshopActions.addRoom(ws, name.trim() || fallback)) setName('');
    setPending(false);
  };

  return (
    <form className="control-card add-room" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id} className="control-title">
        {t('dashboard.addRoom')}
      </label>
      <div className="inline-form">
        <input id={id} value={name} maxLength={ROOM_NAME_MAX} placeholder={fallback} autoComplete="off" disabled={full} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button primary small" disabled={pending || full} aria-busy={pending}>
          <Icon name="plus" size={16} />
          {t('dashboard.add')}
        </button>
      </div>
      {full && <p className="hint">{t('dashboard.roomsFull', { max: MAX_BREAKOUT_ROOMS })}</p>}
    </form>
  );
}

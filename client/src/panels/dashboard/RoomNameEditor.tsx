import { ROOM_NAME_MAX, type RoomEntry } from '@essaim/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshop } from '../../state/WorkshopContext';
import { workshopActions } from '../../state/workshopActions';
import { Icon } from '../Icon';

/** A room card's title; facilitators rename it in place (Enter or leaving the field saves, Escape cancels). */
export function RoomNameEditor({ room, canRename, titleId }: { room: RoomEntry; canRename: boolean; titleId: string }) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(room.name);

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    setEditing(false);
    const next = name.trim();
    if (next && next !== room.name) await workshopActions.renameRoom(ws, room.id, next);
  };

  if (editing) {
    return (
      <form className="room-rename" onSubmit={(e) => void save(e)}>
        <label className="visually-hidden" htmlFor={id}>
          {t('dashboard.roomName')}
        </label>
        <input
          id={id}
          value={name}
          maxLength={ROOM_NAME_MAX}
          autoFocus
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
          onBlur={() => void save()}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            setName(room.name);
            setEditing(false);
          }}
        />
      </form>
    );
  }
  return (
    <>
      <h3 id={titleId} className="room-card-title">
        <span className="room-dot" aria-hidden="true" />
        <span className="room-card-name">{room.name}</span>
      </h3>
      {canRename && (
        <button
          type="button"
          className="tool small"
          aria-label={t('dashboard.rename', { name: room.name })}
          title={t('dashboard.rename', { name: room.name })}
          onClick={() => {
            setName(room.name);
            setEditing(true);
          }}
        >
          <Icon name="pencil" size={16} />
        </button>
      )}
    </>
  );
}

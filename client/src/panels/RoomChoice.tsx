import type { RoomInfo } from '@essaim/shared';
import type { CSSProperties, Ref } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** « Choisissez votre salle »: one large radio per breakout room, for thumbs on a phone. */
export function RoomChoice({ rooms, value, onChange, firstRef }: { rooms: readonly RoomInfo[]; value: string; onChange: (roomId: string) => void; firstRef?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="choice-list room-choice">
      <legend>{t('home.join.chooseRoom')}</legend>
      {rooms.map((room, i) => (
        <label key={room.id} className="choice" style={{ '--room-color': room.color } as CSSProperties}>
          <input ref={i === 0 ? firstRef : undefined} type="radio" name={name} value={room.id} checked={value === room.id} onChange={() => onChange(room.id)} />
          <span className="room-dot" aria-hidden="true" />
          <span>{room.name}</span>
        </label>
      ))}
    </fieldset>
  );
}

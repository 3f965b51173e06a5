import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { roomRoster } from '../state/roomRoster';
import { usePeople } from '../state/usePeople';
import { usePresence } from '../state/usePresence';
import { useSession } from '../state/useSession';
import { cursorColor } from '../state/cursorColor';
import { initials } from './initials';

const SHOWN = 4;

/**
 * Who is on this board right now (avatars: you first, then the others by name); opens the
 * list of the room's people with who is online.
 */
export function PresenceList() {
  const { t } = useTranslation();
  const board = useBoard();
  const id = useId();
  const online = usePresence();
  const people = usePeople();
  const { name } = useSession();
  const others = online.filter((u) => u.id !== board.me.id);
  const avatars = [
    { id: board.me.id, color: board.me.color, short: initials(name), name: t('presence.you', { name }) },
    ...others.map((u) => ({ id: u.id, color: u.color, short: initials(u.name), name: u.name })),
  ];
  const roster = roomRoster(people, board.session.roomId, others, { id: board.me.id, name, role: board.actor.role });
  const hidden = avatars.length - SHOWN;
  return (
    <div className="presence-group" role="group" aria-label={t('presence.count', { count: avatars.length })}>
      <button type="button" className="presence" popoverTarget={id} aria-label={t('presence.open')} title={t('presence.open')}>
        <span className="presence-avatars" aria-hidden="true">
          {avatars.slice(0, SHOWN).map((u) => (
            <span key={u.id} className="avatar" style={{ background: u.color }}>
              {u.short}
            </span>
          ))}
          {hidden > 0 && <span className="avatar more">+{hidden}</span>}
        </span>
        <span className="presence-count" aria-hidden="true">
          {avatars.length}
        </span>
      </button>
      <div id={id} popover="auto" className="menu-popover people-popover" role="dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('presence.title', { count: roster.length })}</h2>
        <ul className="roster" data-testid="room-people">
          {roster.map((p) => (
            <li key={p.id} data-online={p.online || undefined} data-participant-id={p.id}>
              <span className="avatar" style={{ background: cursorColor(p.id) }} aria-hidden="true">
                {initials(p.name)}
              </span>
              <span className="roster-name">{p.me ? t('presence.you', { name: p.name }) : p.name}</span>
              {p.role !== 'participant' && <span className="roster-role">{t(`me.role.${p.role}`)}</span>}
              <span className="online-dot" aria-hidden="true" />
              <span className="visually-hidden">{t(p.online ? 'presence.online' : 'presence.away')}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

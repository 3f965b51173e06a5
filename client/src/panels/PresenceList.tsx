import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { usePresence } from '../state/usePresence';

const SHOWN = 4;

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('') || '?';

/** Who is on this board right now: you first, then the others by name. */
export function PresenceList() {
  const { t } = useTranslation();
  const board = useBoard();
  const others = usePresence().filter((u) => u.id !== board.me.id);
  const people = [
    { id: board.me.id, color: board.me.color, short: initials(board.me.name), name: t('presence.you', { name: board.me.name }) },
    ...others.map((u) => ({ id: u.id, color: u.color, short: initials(u.name), name: u.name })),
  ];
  const hidden = people.length - SHOWN;
  return (
    <div className="presence" role="group" aria-label={t('presence.count', { count: people.length })}>
      <ul className="presence-avatars">
        {people.slice(0, SHOWN).map((u) => (
          <li key={u.id} className="avatar" style={{ background: u.color }} title={u.name}>
            <span aria-hidden="true">{u.short}</span>
            <span className="visually-hidden">{u.name}</span>
          </li>
        ))}
        {hidden > 0 && (
          <li className="avatar more" title={people.slice(SHOWN).map((u) => u.name).join(', ')}>
            +{hidden}
          </li>
        )}
      </ul>
      <span className="presence-count" aria-hidden="true">
        {people.length}
      </span>
    </div>
  );
}

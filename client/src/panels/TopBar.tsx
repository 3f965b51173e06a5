import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link';
import { useBoard } from '../state/BoardContext';
import { ConnectionBadge } from './ConnectionBadge';
import { Icon } from './Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { PresenceList } from './PresenceList';
import { ReadOnlyBadge } from './ReadOnlyBadge';

export function TopBar() {
  const { t } = useTranslation();
  const board = useBoard();
  const { title, roomName, role } = board.session;
  return (
    <header className="top-bar">
      <Link className="brand-mark" href="/" aria-label={t('app.home')} title={t('app.home')}>
        <span aria-hidden="true" />
      </Link>
      <div className="workshop-title">
        <h1 title={title}>{title}</h1>
        {roomName && <p className="room-name">{t('topbar.room', { name: roomName })}</p>}
      </div>
      <ReadOnlyBadge />
      <PresenceList />
      <ConnectionBadge />
      {role === 'facilitator' && (
        <button
          type="button"
          className="tool share-button"
          onClick={() => board.ui.set((ui) => ({ ...ui, shareOpen: true }))}
          aria-haspopup="dialog"
        >
          <Icon name="share" />
          <span className="tool-label">{t('topbar.share')}</span>
        </button>
      )}
      <LanguageSwitch />
    </header>
  );
}

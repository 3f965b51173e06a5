import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link';
import { useWorkshop } from '../state/WorkshopContext';
import { useSession } from '../state/useSession';
import { useWorkshopSettings } from '../state/useWorkshopSettings';
import type { ConnectionSource } from '../sync/DocConnection';
import { ConnectionBadge } from './ConnectionBadge';
import { Icon } from './Icon';
import { MeMenu } from './MeMenu';
import { RoomSwitcher } from './RoomSwitcher';

interface TopBarProps {
  /** the connection whose state the badge shows: the board's, or the workshop's on the dashboard */
  connection: ConnectionSource;
  /** board tools (read-only badge, rules, people) */
  children?: ReactNode;
}

/** Title, where I am (and where I can go), the board's tools, connection, sharing and my menu. */
export function TopBar({ connection, children }: TopBarProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const session = useSession();
  const { title } = useWorkshopSettings();
  const shownTitle = title || session.title;
  return (
    <header className="top-bar" data-role={session.role}>
      <Link className="brand-mark" href="/" aria-label={t('app.home')} title={t('app.home')}>
        <span aria-hidden="true" />
      </Link>
      <div className="workshop-title">
        <h1 title={shownTitle}>{shownTitle}</h1>
        <RoomSwitcher />
      </div>
      {children}
      <ConnectionBadge connection={connection} />
      {session.role === 'facilitator' && (
        <button type="button" className="tool share-button" onClick={() => ws.ui.set((ui) => ({ ...ui, shareOpen: true }))} aria-haspopup="dialog">
          <Icon name="share" />
          <span className="tool-label">{t('topbar.share')}</span>
        </button>
      )}
      <MeMenu />
    </header>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link';
import { boardPath, dashboardPath } from '../router/matchRoute';
import { workshopLinkPath } from '../state/workshopLinkPath';
import { HomeHeader } from './HomeHeader';
import type { WorkshopView } from './WorkshopPage';

/**
 * A workshop address opened on a device that has no session for it (a facilitator's second
 * screen, a link passed on): the address names nobody, so say so and offer the ways in.
 */
export function NoSessionPage({ workshopId, view }: { workshopId: string; view: WorkshopView }) {
  const { t } = useTranslation();
  const id = useId();
  const [link, setLink] = useState('');
  const [wrong, setWrong] = useState(false);

  const open = (e: FormEvent) => {
    e.preventDefault();
    const path = workshopLinkPath(link);
    if (!path) return setWrong(true);
    // this workshop's own link opens the view that was asked for (the dashboard on a second screen)
    const url = new URL(path, location.origin);
    const here = url.pathname === boardPath(workshopId) && view === 'dashboard';
    // a full load, even when only the fragment differs: the page reads the token as it opens
    history.replaceState(null, '', here ? dashboardPath(workshopId) + url.hash : path);
    location.reload();
  };

  return (
    <div className="home-page">
      <HomeHeader />
      <main className="home-main invite-main">
        <section className="card no-session" aria-labelledby={`${id}-title`} data-testid="no-session">
          <h1 id={`${id}-title`}>{t('session.missingTitle')}</h1>
          <p className="hint">{t(view === 'dashboard' ? 'session.missingDashboard' : 'session.missingBoard')}</p>
          <ul className="ways-in">
            <li>{t('session.wayFacilitator')}</li>
            <li>{t('session.wayTeam')}</li>
          </ul>
          <form onSubmit={open} noValidate>
            <label htmlFor={`${id}-link`}>{t('session.linkLabel')}</label>
            <input
              id={`${id}-link`}
              value={link}
              onChange={(e) => {
                setLink(e.target.value);
                setWrong(false);
              }}
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              placeholder={t('session.linkPlaceholder')}
              aria-invalid={wrong}
              aria-describedby={`${id}-link-error`}
            />
            <p id={`${id}-link-error`} className="field-hint" aria-live="polite">
              {wrong && <span className="field-error">{t('session.badLink')}</span>}
            </p>
            <button type="submit" className="button primary">
              {t('session.open')}
            </button>
          </form>
          <p className="no-session-join">
            {t('session.wayParticipant')} <Link href="/">{t('session.joinWithCode')}</Link>
          </p>
        </section>
      </main>
    </div>
  );
}

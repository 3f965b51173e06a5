import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link';
import { boardPath } from '../router/matchRoute';
import { listSessions } from '../state/session';

/** Workshops this device has joined or created, to get back in after closing the tab. */
export function RecentWorkshops() {
  const { t } = useTranslation();
  const [sessions] = useState(listSessions);
  if (sessions.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('home.recent.title')}</h2>
      <ul>
        {sessions.map((s) => (
          <li key={s.workshopId}>
            <Link href={boardPath(s.workshopId)}>{s.title}</Link>
            <span className="hint">{t(`home.recent.${s.role}`, { name: s.name })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

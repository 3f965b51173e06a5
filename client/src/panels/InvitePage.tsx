import { NAME_MAX } from '@essaim/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { workshopApi } from '../api/workshopApi';
import { boardPath, dashboardPath } from '../router/matchRoute';
import { navigate } from '../router/navigate';
import { saveSession, sessionFromJoin } from '../state/session';
import { HomeHeader } from './HomeHeader';

/**
 * `/inviter/<secret>`: a co-facilitator or observer link. Only a name is asked; the server's
 * answer says which role the link gives.
 */
export function InvitePage({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = t('invite.pageTitle');
    return () => {
      document.title = t('app.name');
    };
  }, [t]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      toast.error(t('errors.missing_name'), { id: 'invite' });
      return nameInput.current?.focus();
    }
    setPending(true);
    try {
      const joined = await workshopApi.join({ invite: secret, name: name.trim() });
      const session = sessionFromJoin(joined);
      saveSession(session);
      toast.success(t(`invite.joined.${session.role}`, { title: joined.title }), { id: 'invite' });
      const overview = session.role !== 'participant' && joined.rooms.length > 1;
      navigate(overview ? dashboardPath(joined.workshopId) : boardPath(joined.workshopId), { replace: true });
    } catch (err) {
      toast.error(t(apiErrorKey(err) === 'errors.unknown_code' ? 'invite.unknown' : apiErrorKey(err), apiErrorValues(err)), { id: 'invite' });
      setPending(false);
    }
  };

  return (
    <div className="home-page">
      <HomeHeader />
      <main className="home-main invite-main">
        <section className="card" aria-labelledby={`${id}-title`}>
          <h1 id={`${id}-title`}>{t('invite.title')}</h1>
          <p className="hint">{t('invite.intro')}</p>
          <form onSubmit={submit} noValidate>
            <label htmlFor={`${id}-name`}>{t('invite.nameLabel')}</label>
            <input
              id={`${id}-name`}
              ref={nameInput}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={NAME_MAX}
              autoComplete="name"
              autoFocus
              placeholder={t('home.join.namePlaceholder')}
              enterKeyHint="go"
            />
            <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
              {t('invite.submit')}
            </button>
          </form>
        </section>
      </main>
    </div>
  );
}

import { NAME_MAX } from '@essaim/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cursorColor } from '../state/cursorColor';
import { useSession } from '../state/useSession';
import { useWorkshop } from '../state/WorkshopContext';
import { workshopActions } from '../state/workshopActions';
import { initials } from './initials';
import { LanguageSwitch } from './LanguageSwitch';

/** My avatar: who I am here, « Modifier mon nom », and the language. */
export function MeMenu() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const session = useSession();
  const id = useId();
  const [name, setName] = useState(session.name);
  const [pending, setPending] = useState(false);
  const popover = useRef<HTMLDivElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = name.trim();
    if (!next) return;
    if (next === session.name) return popover.current?.hidePopover();
    setPending(true);
    const done = await workshopActions.renameMe(ws, next);
    setPending(false);
    if (done) popover.current?.hidePopover();
  };

  return (
    <>
      <button
        type="button"
        className="me-button"
        popoverTarget={id}
        aria-label={t('me.button', { name: session.name })}
        title={t('me.button', { name: session.name })}
        style={{ background: cursorColor(session.participantId) }}
      >
        <span aria-hidden="true">{initials(session.name)}</span>
      </button>
      <div
        id={id}
        ref={popover}
        popover="auto"
        className="menu-popover me-menu"
        role="dialog"
        aria-labelledby={`${id}-title`}
        onToggle={(e) => e.newState === 'open' && setName(session.name)}
      >
        <h2 id={`${id}-title`}>{session.name}</h2>
        <p className="hint">{t(`me.role.${session.role}`)}</p>
        <form onSubmit={submit} className="me-rename">
          <label htmlFor={`${id}-name`}>{t('me.rename')}</label>
          <div className="inline-form">
            <input id={`${id}-name`} value={name} maxLength={NAME_MAX} autoComplete="name" onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="button primary" disabled={pending || !name.trim()} aria-busy={pending}>
              {t('common.save')}
            </button>
          </div>
        </form>
        <div className="me-language">
          <span>{t('language.label')}</span>
          <LanguageSwitch />
        </div>
      </div>
    </>
  );
}

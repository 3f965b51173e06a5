import { BROADCAST_MAX } from '@essaim/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshop } from '../../state/WorkshopContext';
import { useWorkshopSettings } from '../../state/useWorkshopSettings';
import { workshopActions } from '../../state/workshopActions';

/** « Message à toutes les salles »: a banner on every screen; sending an empty message takes it down. */
export function BroadcastForm() {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const { broadcast } = useWorkshopSettings();
  const id = useId();
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);

  const send = async (value: string, e?: FormEvent) => {
    e?.preventDefault();
    if (!value.trim() && !broadcast) return;
    setPending(true);
    if (await workshopActions.broadcast(ws, value)) setText('');
    setPending(false);
  };

  return (
    <form className="control-card broadcast-form" onSubmit={(e) => void send(text, e)}>
      <label htmlFor={id} className="control-title">
        {t('broadcast.title')}
      </label>
      <textarea
        id={id}
        value={text}
        rows={2}
        maxLength={BROADCAST_MAX}
        placeholder={t('broadcast.placeholder')}
        aria-describedby={`${id}-count`}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="control-row">
        <span id={`${id}-count`} className="hint">
          {t('broadcast.count', { count: text.length, max: BROADCAST_MAX })}
        </span>
        {broadcast && (
          <button type="button" className="button secondary small" disabled={pending} onClick={() => void send('')}>
            {t('broadcast.clear')}
          </button>
        )}
        <button type="submit" className="button primary small" disabled={pending || (!text.trim() && !broadcast)} aria-busy={pending}>
          {t('broadcast.send')}
        </button>
      </div>
      {broadcast && (
        <p className="hint broadcast-current">
          {t('broadcast.current', { text: broadcast.text })}
        </p>
      )}
    </form>
  );
}

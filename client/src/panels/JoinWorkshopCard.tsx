import { JOIN_CODE_LENGTH, NAME_MAX, normalizeJoinCode } from '@essaim/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { apiErrorKey, apiErrorValues } from '../api/ApiError';
import { workshopApi } from '../api/workshopApi';
import { boardPath } from '../router/matchRoute';
import { navigate } from '../router/navigate';
import { saveSession, sessionFromJoin } from '../state/session';
import { useJoinPreview } from '../state/useJoinPreview';
import { RoomChoice } from './RoomChoice';

export function JoinWorkshopCard({ initialCode = '' }: { initialCode?: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [roomId, setRoomId] = useState('');
  const [pending, setPending] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const firstRoom = useRef<HTMLInputElement>(null);
  const { state: preview, load } = useJoinPreview(code);
  const choices = preview.preview?.assignment === 'choice' ? preview.preview.rooms : [];
  // a refusal is about what was typed: once it changes, the old error would only mislead
  const edit = (set: (value: string) => void) => (value: string) => {
    toast.dismiss('join');
    set(value);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (code.length !== JOIN_CODE_LENGTH) {
      toast.error(t(code ? 'home.join.codeLength' : 'errors.missing_code'), { id: 'join' });
      return codeInput.current?.focus();
    }
    if (!name.trim()) {
      toast.error(t('errors.missing_name'), { id: 'join' });
      return nameInput.current?.focus();
    }
    setPending(true);
    try {
      // in « choice » mode the room is picked before joining (the preview may still be on its way)
      const known = await load(code);
      const rooms = known?.assignment === 'choice' ? known.rooms : [];
      const chosen = rooms.some((r) => r.id === roomId) ? roomId : '';
      if (rooms.length > 0 && !chosen) {
        setPending(false);
        toast.error(t('home.join.chooseRoomFirst'), { id: 'join' });
        return firstRoom.current?.focus();
      }
      const joined = await workshopApi.join({ code, name: name.trim(), ...(chosen ? { roomId: chosen } : {}) });
      saveSession(sessionFromJoin(joined));
      toast.dismiss('join');
      navigate(boardPath(joined.workshopId));
    } catch (err) {
      toast.error(t(apiErrorKey(err), apiErrorValues(err)), { id: 'join' });
      setPending(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home.join.title')}</h2>
      <p className="hint">{t('home.join.intro')}</p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-code`}>{t('home.join.codeLabel')}</label>
        <input
          id={`${id}-code`}
          ref={codeInput}
          className="code-input"
          value={code}
          onChange={(e) => edit(setCode)(normalizeJoinCode(e.target.value).slice(0, JOIN_CODE_LENGTH))}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          placeholder={t('home.join.codePlaceholder')}
          aria-describedby={`${id}-code-hint`}
        />
        <p id={`${id}-code-hint`} className="field-hint" aria-live="polite">
          {preview.preview ? (
            <strong className="join-title">{t('home.join.found', { title: preview.preview.title })}</strong>
          ) : preview.unknown ? (
            <span className="field-error">{t('errors.unknown_code')}</span>
          ) : (
            t('home.join.codeHint')
          )}
        </p>
        <label htmlFor={`${id}-name`}>{t('home.join.nameLabel')}</label>
        <input
          id={`${id}-name`}
          ref={nameInput}
          value={name}
          onChange={(e) => edit(setName)(e.target.value)}
          maxLength={NAME_MAX}
          autoComplete="given-name"
          autoFocus={initialCode.length === JOIN_CODE_LENGTH}
          placeholder={t('home.join.namePlaceholder')}
          enterKeyHint="go"
        />
        {choices.length > 0 && <RoomChoice rooms={choices} value={roomId} onChange={setRoomId} firstRef={firstRoom} />}
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {t('home.join.submit')}
        </button>
      </form>
    </section>
  );
}

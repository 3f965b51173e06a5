import type { TimerAction, TimerRequest } from '@essaim/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../ChoiceGroup';
import { sendTimer } from '../../state/timerActions';
import { timerMinutesToSeconds } from '../../state/timerMinutes';
import { useRooms } from '../../state/useRooms';
import { useStoredTimers, useTimers } from '../../state/useTimers';
import { useWorkshop } from '../../state/WorkshopContext';

const PRESET_MINUTES = [3, 5, 12] as const;

interface TimerControlsProps {
  /** the room these controls start with; none: every room, the plenary included */
  roomId?: string;
  /** offer « Cette salle » / « Toutes les salles » (in a room) */
  scopeChoice?: boolean;
}

/** Facilitators: start (3, 5, 12 min or any duration), pause, resume, add a minute, stop — one room or all. */
export function TimerControls({ roomId, scopeChoice = false }: TimerControlsProps) {
  const { t } = useTranslation();
  const ws = useWorkshop();
  const id = useId();
  const rooms = useRooms();
  const { timers } = useStoredTimers();
  const [scope, setScope] = useState<'room' | 'all'>(roomId ? 'room' : 'all');
  const targets = scope === 'room' && roomId ? [roomId] : rooms.map((r) => r.id);
  const views = Object.values(useTimers(targets));
  const [lockAtEnd, setLockAtEnd] = useState(() => (roomId ? timers[roomId]?.lockAtEnd === true : false));
  const [minutes, setMinutes] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [pending, setPending] = useState(false);

  const send = async (action: TimerAction, seconds?: number) => {
    const request: TimerRequest = { action };
    if (seconds !== undefined) request.seconds = seconds;
    if (action === 'start') request.lockAtEnd = lockAtEnd;
    if (scope === 'room' && roomId) request.roomIds = [roomId];
    setPending(true);
    const done = await sendTimer(ws, request);
    setPending(false);
    return done;
  };

  const startCustom = async (e: FormEvent) => {
    e.preventDefault();
    const seconds = timerMinutesToSeconds(minutes);
    setInvalid(seconds === null);
    if (seconds !== null && (await send('start', seconds))) setMinutes('');
  };

  const counting = views.some((v) => v.running && !v.paused && !v.done);
  const paused = views.some((v) => v.paused);
  const started = views.some((v) => v.running);

  return (
    <div className="timer-controls" aria-busy={pending}>
      {scopeChoice && roomId && (
        <ChoiceGroup
          legend={t('timer.scope')}
          legendHidden
          name={`${id}-scope`}
          options={[
            { value: 'room', label: t('timer.scopeRoom') },
            { value: 'all', label: t('timer.scopeAll') },
          ]}
          value={scope}
          onChange={setScope}
        />
      )}
      <div className="timer-presets" role="group" aria-label={t('timer.presets')}>
        {PRESET_MINUTES.map((m) => (
          <button key={m} type="button" className="button secondary small" disabled={pending} onClick={() => void send('start', m * 60)}>
            {t('timer.preset', { minutes: m })}
          </button>
        ))}
      </div>
      <form className="timer-custom" onSubmit={(e) => void startCustom(e)}>
        <label htmlFor={`${id}-minutes`}>{t('timer.custom')}</label>
        <div className="control-row">
          <input
            id={`${id}-minutes`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={minutes}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-minutes-hint`}
            onChange={(e) => {
              setMinutes(e.target.value);
              setInvalid(false);
            }}
          />
          <button type="submit" className="button primary small" disabled={pending || !minutes.trim()}>
            {t('timer.start')}
          </button>
        </div>
        <p id={`${id}-minutes-hint`} className={invalid ? 'field-hint field-error' : 'field-hint'} aria-live="polite">
          {t(invalid ? 'timer.invalidMinutes' : 'timer.customHint')}
        </p>
      </form>
      <label className="timer-lock">
        <input type="checkbox" checked={lockAtEnd} onChange={(e) => setLockAtEnd(e.target.checked)} />
        <span>
          {t('timer.lockAtEnd')}
          <span className="hint">{t('timer.lockAtEndHint')}</span>
        </span>
      </label>
      <div className="timer-actions" role="group" aria-label={t('timer.running')}>
        {(counting || !paused) && (
          <button type="button" className="button secondary small" disabled={pending || !counting} onClick={() => void send('pause')}>
            {t('timer.pause')}
          </button>
        )}
        {paused && (
          <button type="button" className="button secondary small" disabled={pending} onClick={() => void send('resume')}>
            {t('timer.resume')}
          </button>
        )}
        <button type="button" className="button secondary small" disabled={pending || !started} onClick={() => void send('add', 60)}>
          {t('timer.addMinute')}
        </button>
        <button type="button" className="button secondary small" disabled={pending || !started} onClick={() => void send('stop')}>
          {t('timer.stop')}
        </button>
      </div>
    </div>
  );
}

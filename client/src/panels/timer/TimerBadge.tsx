import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../../state/BoardContext';
import { timerSentence, timerState } from '../../state/timerState';
import { useRoomTimer, useStoredTimers } from '../../state/useTimers';
import { Icon } from '../Icon';
import { TimerControls } from './TimerControls';
import { TimerSoundToggle } from './TimerSoundToggle';
import { TimerTime } from './TimerTime';
import { useTimeUpSignal } from './useTimeUpSignal';

/**
 * The room's timer in the board's top bar: the countdown for everyone, « Temps écoulé » at the
 * end (announced once, with the device's sound if on). It opens the sound setting and, for
 * facilitators, the controls; with no timer running only facilitators see it. `strip`: a
 * full-width row under the bar instead (a facilitator's phone, whose bar is full), shown only
 * while there is a countdown.
 */
export function TimerBadge({ strip = false }: { strip?: boolean }) {
  const { t } = useTranslation();
  const board = useBoard();
  const { roomId } = board.session;
  const facilitator = board.actor.role === 'facilitator';
  const view = useRoomTimer(roomId);
  const { timers } = useStoredTimers();
  const locks = !facilitator && board.actor.role !== 'observer' && timers[roomId]?.lockAtEnd === true;
  const announcement = useTimeUpSignal(view, t(locks ? 'timer.lockedTimeUp' : 'timer.timeUp'));
  const id = useId();
  const state = timerState(view);
  const sentence = timerSentence(view);

  return (
    <>
      {(state !== 'stopped' || (facilitator && !strip)) && (
        <>
          <button
            type="button"
            className={strip ? 'tool timer-badge timer-strip' : 'tool timer-badge'}
            data-testid="timer-badge"
            data-state={state}
            popoverTarget={id}
            aria-label={`${t('timer.title')} · ${t(sentence.key, sentence.values)}`}
            title={t('timer.title')}
          >
            <Icon name="timer" />
            {state === 'stopped' ? <span className="tool-label">{t('timer.title')}</span> : <TimerTime view={view} />}
          </button>
          <div id={id} popover="auto" className="menu-popover timer-popover" role="dialog" aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{t('timer.title')}</h2>
            <p className="timer-status" data-state={state}>
              {state === 'done' && locks ? t('timer.lockedTimeUp') : t(sentence.key, sentence.values)}
            </p>
            {facilitator && <TimerControls roomId={roomId} scopeChoice />}
            <TimerSoundToggle />
          </div>
        </>
      )}
      <span className="visually-hidden" aria-live="polite" data-testid="timer-announcement">
        {announcement}
      </span>
    </>
  );
}

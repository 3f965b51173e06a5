import { useTranslation } from 'react-i18next';
import { setTimerSound, timerSound } from '../../state/timerSound';
import { useStore } from '../../state/useStore';
import { primeTone } from './timeUpTone';

/** « Son à la fin »: off by default, remembered on this device. */
export function TimerSoundToggle() {
  const { t } = useTranslation();
  const on = useStore(timerSound);
  return (
    <label className="switch timer-sound">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(e) => {
          setTimerSound(e.target.checked);
          // inside the gesture: the browser then lets the tone play when the time is up
          if (e.target.checked) primeTone();
        }}
      />
      <span>
        <strong>{t('timer.sound')}</strong>
        <span className="hint">{t('timer.soundHint')}</span>
      </span>
    </label>
  );
}

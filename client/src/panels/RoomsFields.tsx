import { MAX_BREAKOUT_ROOMS, type AssignmentMode } from '@essaim/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { clampRoomCount } from './roomNamesFromText';

export interface RoomsSetup {
  count: number;
  names: string;
  assignment: AssignmentMode;
}

const MODES: AssignmentMode[] = ['balanced', 'choice'];

/** Breakout rooms of a new workshop: how many (0 = everyone in the plenary), their names, how people get one. */
export function RoomsFields({ value, onChange }: { value: RoomsSetup; onChange: (next: RoomsSetup) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const setCount = (count: number) => onChange({ ...value, count: clampRoomCount(count) });
  return (
    <fieldset className="rooms-fields">
      <legend>{t('home.create.roomsLegend')}</legend>
      <label htmlFor={`${id}-count`}>{t('home.create.roomCount')}</label>
      <div className="stepper">
        <button type="button" className="tool" aria-label={t('home.create.fewerRooms')} disabled={value.count <= 0} onClick={() => setCount(value.count - 1)}>
          <Icon name="minus" />
        </button>
        <input
          id={`${id}-count`}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_BREAKOUT_ROOMS}
          value={value.count}
          aria-describedby={`${id}-count-hint`}
          onChange={(e) => setCount(e.target.valueAsNumber)}
        />
        <button
          type="button"
          className="tool"
          aria-label={t('home.create.moreRooms')}
          disabled={value.count >= MAX_BREAKOUT_ROOMS}
          onClick={() => setCount(value.count + 1)}
        >
          <Icon name="plus" />
        </button>
      </div>
      <p id={`${id}-count-hint`} className="field-hint" aria-live="polite">
        {value.count === 0 ? t('home.create.allInPlenary') : t('home.create.roomsAndPlenary', { count: value.count })}
      </p>
      {value.count > 0 && (
        <>
          <label htmlFor={`${id}-names`}>{t('home.create.roomNames')}</label>
          <textarea
            id={`${id}-names`}
            rows={Math.min(6, Math.max(3, value.count))}
            value={value.names}
            // as many examples as rooms asked for (up to the six the translation gives)
            placeholder={t('home.create.roomNamesPlaceholder').split('\n').slice(0, value.count).join('\n')}
            aria-describedby={`${id}-names-hint`}
            onChange={(e) => onChange({ ...value, names: e.target.value })}
          />
          <p id={`${id}-names-hint`} className="field-hint">
            {t('home.create.roomNamesHint')}
          </p>
          <div role="radiogroup" aria-labelledby={`${id}-mode`} className="choice-list compact">
            <p id={`${id}-mode`} className="choice-legend">
              {t('assignment.label')}
            </p>
            {MODES.map((mode) => (
              <label key={mode} className="choice">
                <input type="radio" name={`${id}-mode`} value={mode} checked={value.assignment === mode} onChange={() => onChange({ ...value, assignment: mode })} />
                <span>{t(`assignment.${mode}`)}</span>
              </label>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}

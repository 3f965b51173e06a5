import { useTranslation } from 'react-i18next';
import { counterState } from './textCounter';

/**
 * « 480 / 500 » near the limit of a note's text, another colour at it; a polite live region
 * says how many characters are left at a few milestones only.
 */
export function TextCounter({ length, max, className = '' }: { length: number; max: number; className?: string }) {
  const { t } = useTranslation();
  const { shown, full, announcedLeft } = counterState(length, max);
  return (
    <div className={`text-counter ${className}`} data-full={full || undefined}>
      {shown && (
        <span aria-hidden="true" data-testid="text-counter">
          {t('counter.value', { count: length, max })}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite">
        {announcedLeft === null ? '' : announcedLeft === 0 ? t('counter.full', { max }) : t('counter.left', { count: announcedLeft })}
      </span>
    </div>
  );
}

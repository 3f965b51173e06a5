import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { ShortcutsTable } from './ShortcutsTable';

const TOPICS = ['create', 'edit', 'move', 'select', 'links', 'clusters', 'pan', 'zoom', 'keyboard'] as const;

/** The help popover's element id: the « ? » key opens it too. */
export const HELP_POPOVER_ID = 'board-help';

/** « ? »: how to use the board, with the one rule to remember (drag = pan, Shift+drag = select). */
export function HelpPopover() {
  const { t } = useTranslation();
  const id = HELP_POPOVER_ID;
  return (
    <>
      <button type="button" className="tool" popoverTarget={id} aria-label={t('help.button')} title={t('help.button')}>
        <Icon name="help" />
      </button>
      <div id={id} popover="auto" className="help-popover" role="dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('help.title')}</h2>
        <dl>
          {TOPICS.map((topic) => (
            <div key={topic}>
              <dt>{t(`help.${topic}.title`)}</dt>
              <dd>{t(`help.${topic}.text`)}</dd>
            </div>
          ))}
        </dl>
        <ShortcutsTable />
        <button type="button" className="button secondary" popoverTarget={id} popoverTargetAction="hide">
          {t('common.close')}
        </button>
      </div>
    </>
  );
}

import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { HELP_SECTIONS, isMac, SHORTCUT_HELP, type HelpRow } from '../canvas/shortcutHelp';
import { ComboKeys } from './ShortcutKeys';
import '../styles/contextMenu.css';

const ROWS: readonly HelpRow[] = SHORTCUT_HELP;

/** Every board shortcut, by section, drawn from the one table `shortcutFor` is tested against. */
export function ShortcutsTable() {
  const { t } = useTranslation();
  const mac = isMac();
  return (
    <section className="help-shortcuts" aria-label={t('shortcuts.title')}>
      <h3>{t('shortcuts.title')}</h3>
      {HELP_SECTIONS.map((section) => (
        <table key={section}>
          <caption>{t(`shortcuts.sections.${section}`)}</caption>
          <tbody>
            {ROWS.filter((row) => row.section === section).map((row) => (
              <tr key={row.id}>
                <th scope="row">{t(`shortcuts.${row.id}`)}</th>
                <td>
                  {row.combos.map((combo, i) => (
                    <Fragment key={i}>
                      {i > 0 && (row.id.startsWith('nudge') ? ' ' : ` ${t('shortcuts.or')} `)}
                      <ComboKeys combo={combo} mac={mac} />
                    </Fragment>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { comboKeys, SHORTCUT_HELP, type HelpRow, type KeyCombo } from '../canvas/shortcutHelp';

const ROWS: ReadonlyMap<string, HelpRow> = new Map((SHORTCUT_HELP as readonly HelpRow[]).map((row) => [row.id, row]));

/** The keys of one combination, each in a `kbd`. */
export function ComboKeys({ combo, mac }: { combo: KeyCombo; mac: boolean }) {
  const { t } = useTranslation();
  return (
    <kbd className="combo">
      {comboKeys(combo, mac, t).map((key, i) => (
        <Fragment key={i}>
          {i > 0 && (mac ? '' : '+')}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

/** The first combination of a row of the shortcuts help, as a menu item shows it. */
export function ShortcutKeys({ row, mac }: { row: string; mac: boolean }) {
  const combo = ROWS.get(row)?.combos[0];
  return combo ? (
    <span className="context-menu-keys" aria-hidden="true">
      <ComboKeys combo={combo} mac={mac} />
    </span>
  ) : null;
}

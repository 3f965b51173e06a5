import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportKind } from './useExport';

interface ExportItemProps {
  kind: ExportKind;
  /** the export under way, if any: one at a time */
  busy: ExportKind | null;
  busyLabel: string;
  onRun: () => void;
  primary?: boolean;
}

/**
 * One format of the export menu, with what it holds. While any export runs it is disabled, and
 * the one running says so (« Préparation du PDF… »); `aria-disabled` rather than `disabled` keeps
 * a keyboard user's focus where it was.
 */
export function ExportItem({ kind, busy, busyLabel, onRun, primary = false }: ExportItemProps) {
  const { t } = useTranslation();
  const hint = useId();
  const running = busy === kind;
  const hasHint = kind !== 'pdf';
  return (
    <div className="export-item">
      <button
        type="button"
        className={primary ? 'button primary' : 'button secondary'}
        data-export={kind}
        aria-disabled={busy !== null}
        aria-busy={running}
        aria-describedby={hasHint ? hint : undefined}
        onClick={() => busy === null && onRun()}
      >
        {running ? busyLabel : t(`export.${kind}`)}
      </button>
      {hasHint && (
        <p id={hint} className="hint">
          {t(`export.${kind}Hint`)}
        </p>
      )}
    </div>
  );
}

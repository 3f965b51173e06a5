import { LABEL_MAX_FONT, LABEL_MIN_FONT } from '@essaim/shared';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { toggleZonesLock } from '../state/frameCommands';
import { stepLabelsFont } from '../state/labelCommands';
import { useMayEditZones } from '../state/useMayEditZones';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';

/** Facilitators, while zones or headings are selected: rename, lock or unlock the zones, resize the headings' text. */
export function ZoneTools() {
  const { t } = useTranslation();
  const board = useBoard();
  const { others } = useStore(board.selection);
  const frames = useSyncExternalStore(board.frames.subscribe, board.frames.getSnapshot, board.frames.getSnapshot);
  const labels = useSyncExternalStore(board.labels.subscribe, board.labels.getSnapshot, board.labels.getSnapshot);
  const editable = useMayEditZones();
  const zones = frames.filter((f) => others.frames.has(f.id));
  const headings = labels.filter((l) => others.labels.has(l.id));
  if (!editable || zones.length + headings.length === 0) return null;
  const allLocked = zones.length > 0 && zones.every((z) => z.locked === true);
  const [only] = zones.length === 1 && headings.length === 0 ? zones : headings.length === 1 && zones.length === 0 ? headings : [];
  return (
    <div className="zone-tools" role="group" aria-label={t(zones.length > 0 ? 'zones.tools' : 'labels.tools')}>
      {only && (
        <button
          type="button"
          className="tool"
          title={t(zones.length > 0 ? 'zones.renameHint' : 'labels.editHint')}
          onClick={() => board.textEditing.set({ kind: zones.length > 0 ? 'frames' : 'labels', id: only.id })}
        >
          <Icon name="pencil" />
          <span className="tool-label">{t(zones.length > 0 ? 'zones.rename' : 'labels.edit')}</span>
        </button>
      )}
      {zones.length > 0 && (
        <button type="button" className="tool" aria-pressed={allLocked} title={t('zones.lockHint')} onClick={() => toggleZonesLock(board)}>
          <Icon name={allLocked ? 'lock' : 'unlock'} />
          <span className="tool-label">{t('zones.lock')}</span>
        </button>
      )}
      {headings.length > 0 && (
        <>
          <button
            type="button"
            className="tool font-step"
            aria-label={t('labels.smaller')}
            title={t('labels.smaller')}
            disabled={headings.every((l) => l.fontSize <= LABEL_MIN_FONT)}
            onClick={() => stepLabelsFont(board, -1)}
          >
            A−
          </button>
          <button
            type="button"
            className="tool font-step"
            aria-label={t('labels.larger')}
            title={t('labels.larger')}
            disabled={headings.every((l) => l.fontSize >= LABEL_MAX_FONT)}
            onClick={() => stepLabelsFont(board, 1)}
          >
            A+
          </button>
        </>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useBoard } from '../state/BoardContext';
import { createZoneInView } from '../state/frameCommands';
import { createLabelInView } from '../state/labelCommands';
import { useMayEditZones } from '../state/useMayEditZones';
import { Icon } from './Icon';

/** Facilitators: « Nouvelle zone » and « Titre », each opening its text for typing at once. */
export function ZoneCreateButtons() {
  const { t } = useTranslation();
  const board = useBoard();
  if (!useMayEditZones()) return null;
  return (
    <>
      <button type="button" className="tool" onClick={() => createZoneInView(board, t('zones.defaultTitle'))} title={t('zones.newHint')}>
        <Icon name="zone" />
        <span className="tool-label">{t('zones.new')}</span>
      </button>
      <button type="button" className="tool" onClick={() => createLabelInView(board, t('labels.defaultText'))} title={t('labels.newHint')}>
        <Icon name="heading" />
        <span className="tool-label">{t('labels.new')}</span>
      </button>
    </>
  );
}

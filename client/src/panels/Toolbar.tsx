import { useTranslation } from 'react-i18next';
import { createNoteAtCentre } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import { deleteWholeSelection } from '../state/deleteWholeSelection';
import { useMayEditZones } from '../state/useMayEditZones';
import { useCanCreate, useNoteRights } from '../state/useRights';
import { useStore } from '../state/useStore';
import { ArrangeByMenu } from './ArrangeByMenu';
import { FocusButton } from './attention/FocusButton';
import { FollowMeButton } from './attention/FollowMeButton';
import { CategoryPicker } from './CategoryPicker';
import { ColorPicker } from './ColorPicker';
import { ConnectTools } from './ConnectTools';
import { CopyToPlenaryButton } from './CopyToPlenaryButton';
import { Icon } from './Icon';
import { LayoutMenu } from './LayoutMenu';
import { ZoneCreateButtons } from './ZoneCreateButtons';
import { ZoneTools } from './ZoneTools';

export function Toolbar() {
  const { t } = useTranslation();
  const board = useBoard();
  const { ids, others } = useStore(board.selection);
  // « Ranger par… » for one selected zone
  const [zone] = others.frames.size === 1 ? others.frames : [];
  const { selectTool } = useStore(board.ui);
  const canCreate = useCanCreate();
  // writing privately: the button brings the drafts' field to hand
  const drafting = useStore(board.drafting) !== null;
  const rights = useNoteRights();
  const mayEditZones = useMayEditZones();
  const canDelete = [...ids].some((id) => rights.get(id)?.remove) || others.links.size > 0 || (mayEditZones && others.frames.size + others.labels.size > 0);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="toolbar-group">
        <button
          type="button"
          className="tool primary"
          disabled={!canCreate && !drafting}
          onClick={() => createNoteAtCentre(board)}
          title={t(drafting ? 'privatePhase.newIdeaHint' : 'toolbar.newNoteHint')}
        >
          <Icon name="plus" />
          <span className="tool-label">{t(drafting ? 'privatePhase.newIdea' : 'toolbar.newNote')}</span>
        </button>
        <ZoneCreateButtons />
        <button
          type="button"
          className="tool"
          aria-pressed={selectTool}
          title={t('toolbar.selectToolHint')}
          onClick={() => board.ui.set((ui) => ({ ...ui, selectTool: !ui.selectTool }))}
        >
          <Icon name="select" />
          <span className="tool-label">{t('toolbar.selectTool')}</span>
        </button>
        <button type="button" className="tool danger" disabled={!canDelete} onClick={() => deleteWholeSelection(board)} title={t('toolbar.deleteHint')}>
          <Icon name="trash" />
          <span className="tool-label">{t('toolbar.delete')}</span>
        </button>
        <ConnectTools />
        <CopyToPlenaryButton />
        <LayoutMenu />
        {zone !== undefined && <ArrangeByMenu frameId={zone} />}
        <FocusButton />
        <FollowMeButton />
      </div>
      <ZoneTools />
      <ColorPicker />
      <CategoryPicker />
    </div>
  );
}

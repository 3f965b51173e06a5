import { ALIGN_EDGES, type AlignEdge } from '@essaim/shared';
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isMac } from '../canvas/shortcutHelp';
import { alignSelection, bringToFront, tidyIntoGrid } from '../state/arrangeCommands';
import { permittedSelection } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import { arrangeTree, canArrangeTree, treeNoteOfSelection } from '../state/problemTreeCommands';
import { useEntries } from '../state/useEntries';
import { useNotes } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { Icon } from './Icon';
import { ShortcutKeys } from './ShortcutKeys';
import { moveMenuFocus } from './useMenuBehaviour';
import '../styles/contextMenu.css';

const ALIGN_ROWS: Record<AlignEdge, string> = { left: 'alignLeft', centre: 'alignCentre', right: 'alignRight', top: 'alignTop', middle: 'alignMiddle', bottom: 'alignBottom' };

/** « Disposer » (grid, align, front) for two notes or more, and « Réorganiser » when a selected note is in a problem tree. */
export function LayoutMenu() {
  const { t } = useTranslation();
  const board = useBoard();
  const id = useId();
  const { ids } = useStore(board.selection);
  useNotes();
  useEntries(board.links);
  const treeNote = ids.size > 0 ? treeNoteOfSelection(board) : null;
  const canTree = treeNote !== null && canArrangeTree(board, treeNote);
  const movable = ids.size >= 2 ? permittedSelection(board, 'move').length : 0;
  if (!canTree && movable < 2) return null;
  const mac = isMac();
  const run = (command: () => unknown) => () => {
    document.getElementById(id)?.hidePopover();
    command();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (moveMenuFocus(e.currentTarget, e.key)) e.preventDefault();
  };
  return (
    <>
      {canTree && (
        <button type="button" className="tool" onClick={() => arrangeTree(board, treeNote)} title={t('layout.arrangeTreeHint')}>
          <Icon name="refresh" />
          <span className="tool-label">{t('layout.arrangeTree')}</span>
        </button>
      )}
      {movable >= 2 && (
        <>
          <button type="button" className="tool" popoverTarget={id} title={t('layout.hint')}>
            <Icon name="move" />
            <span className="tool-label">{t('layout.button')}</span>
          </button>
          <div
            id={id}
            popover="auto"
            className="context-menu layout-menu"
            role="menu"
            aria-label={t('layout.button')}
            onKeyDown={onKeyDown}
            onToggle={(e) => (e.nativeEvent as ToggleEvent).newState === 'open' && e.currentTarget.querySelector<HTMLElement>('[role="menuitem"]')?.focus()}
          >
            <MenuItem label={t('contextMenu.items.tidyGrid')} row="tidyGrid" mac={mac} onClick={run(() => tidyIntoGrid(board))} />
            {ALIGN_EDGES.map((edge) => (
              <MenuItem key={edge} label={t(`layout.align.${edge}`)} row={ALIGN_ROWS[edge]} mac={mac} onClick={run(() => alignSelection(board, edge))} />
            ))}
            <MenuItem label={t('contextMenu.items.front')} row="bringToFront" mac={mac} onClick={run(() => bringToFront(board))} />
          </div>
        </>
      )}
    </>
  );
}

function MenuItem({ label, row, mac, onClick }: { label: string; row: string; mac: boolean; onClick: () => void }) {
  return (
    <button type="button" role="menuitem" tabIndex={-1} className="context-menu-item" onClick={onClick}>
      <span className="context-menu-label">{label}</span>
      <ShortcutKeys row={row} mac={mac} />
    </button>
  );
}

import { NOTE_COLORS, NOTE_COLOR_FILLS } from '@essaim/shared';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isMac } from '../canvas/shortcutHelp';
import { applyColor } from '../state/boardCommands';
import { useBoard } from '../state/BoardContext';
import { closeContextMenu, contextMenuStore } from '../state/contextMenu';
import { menuItems, type MenuItem } from '../state/contextMenuItems';
import { runMenuItem } from '../state/runMenuItem';
import { useEntries } from '../state/useEntries';
import { useNotes } from '../state/useNotes';
import { useStore } from '../state/useStore';
import { ShortcutKeys } from './ShortcutKeys';
import { moveMenuFocus, useMenuBehaviour } from './useMenuBehaviour';
import '../styles/contextMenu.css';

/**
 * The context menu of a note, zone, link, heading or of the board (`state/contextMenu.ts`):
 * right click, long press, the menu key. A WAI-ARIA menu: focus on the first item, arrows,
 * Home/End, Escape or Tab closes it and gives the focus back. On a phone it is a sheet along
 * the bottom edge, with thumb-sized items.
 */
export function ContextMenu() {
  const { t } = useTranslation();
  const board = useBoard();
  const menu = useStore(contextMenuStore(board));
  const notes = useNotes();
  const links = useEntries(board.links);
  const [colors, setColors] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // the items follow the board: a note deleted meanwhile, a right just lost
  const items = useMemo(() => (menu ? menuItems(board, menu.target) : []), [board, menu, notes, links]);
  const open = menu !== null && items.length > 0;
  const close = useCallback(() => closeContextMenu(board), [board]);
  useMenuBehaviour(root, open, menu?.at ?? null, colors, close);
  // a new menu opens on its main items; one with nothing left to offer closes
  useEffect(() => {
    setColors(false);
    if (menu && !open) close();
  }, [menu, open, close]);

  if (!open || !menu) return null;

  const run = (item: MenuItem) => {
    if (item.submenu) return setColors(true);
    close();
    void runMenuItem(board, menu, item.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // the board's own keys (arrows move notes, N makes one…) must not act behind the menu
    e.stopPropagation();
    if (moveMenuFocus(root.current, e.key)) return e.preventDefault();
    const onSubmenu = (document.activeElement as HTMLElement | null)?.dataset.submenu !== undefined;
    if (e.key === 'ArrowRight' && !colors && onSubmenu) setColors(true);
    else if ((e.key === 'ArrowLeft' || e.key === 'Escape') && colors) setColors(false);
    else if (e.key === 'Escape' || e.key === 'Tab') close();
    else return;
    e.preventDefault();
  };

  const mac = isMac();
  const label = t(`contextMenu.of.${menu.target.kind}`);
  return (
    <div ref={root} className="context-menu" role="menu" aria-label={colors ? t('contextMenu.colors') : label} data-testid="context-menu" onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {colors ? (
        <>
          <button type="button" role="menuitem" tabIndex={-1} className="context-menu-item" onClick={() => setColors(false)}>
            <span aria-hidden="true">‹</span> {t('contextMenu.back')}
          </button>
          {NOTE_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              role="menuitemradio"
              aria-checked={board.notes.get(menu.target.kind === 'note' ? menu.target.id : '')?.color === c}
              tabIndex={-1}
              className="context-menu-item"
              onClick={() => {
                close();
                applyColor(board, c);
              }}
            >
              <span className="context-menu-swatch" style={{ background: NOTE_COLOR_FILLS[c].fill, borderColor: NOTE_COLOR_FILLS[c].stroke }} aria-hidden="true" />
              {t(`colors.${c}`)}
            </button>
          ))}
        </>
      ) : (
        items.map((item) => (
          <button
            key={item.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            aria-haspopup={item.submenu ? 'menu' : undefined}
            data-submenu={item.submenu || undefined}
            className={item.danger ? 'context-menu-item danger' : 'context-menu-item'}
            onClick={() => run(item)}
          >
            <span className="context-menu-label">{t(item.label ?? `contextMenu.items.${item.id}`)}</span>
            {item.shortcut && <ShortcutKeys row={item.shortcut} mac={mac} />}
          </button>
        ))
      )}
    </div>
  );
}
